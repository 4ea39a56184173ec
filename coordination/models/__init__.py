from .access import (
    EasyLanguageText,
    SignLanguageVideo,
    # Named by the migrations that created the video fields:
    validate_captions,
    validate_poster,
    validate_video,
    video_file_name,
)
from .content import PAGES_WITH_OWN_ADDRESS, FaqCategory, FaqEntry, Page
from .links import LinkCheck
from .messages import Message, PageFeedback, forget_expired
from .offices import (
    AddressFields,
    ContactPerson,
    DistrictContact,
    Office,
    OfficeHours,
    OpeningHours,
    Operator,
)

__all__ = [
    "PAGES_WITH_OWN_ADDRESS",
    "AddressFields",
    "ContactPerson",
    "DistrictContact",
    "EasyLanguageText",
    "FaqCategory",
    "FaqEntry",
    "LinkCheck",
    "Message",
    "PageFeedback",
    "forget_expired",
    "Office",
    "OfficeHours",
    "OpeningHours",
    "Operator",
    "Page",
    "SignLanguageVideo",
    "validate_captions",
    "validate_poster",
    "validate_video",
    "video_file_name",
]
