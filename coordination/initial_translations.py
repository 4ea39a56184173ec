"""Our first translations of the FAQ into English, Turkish and Arabic. They are marked
"not yet checked by the editors" (translation_checked_<language> stays off) until staff have
read them. Names of places, offices and programmes stay German."""

CATEGORY_NAMES = {
    "ueber-die-oe-spk": {
        "en": "About the OE SPK",
        "tr": "OE SPK hakkında",
        "ar": "عن OE SPK",
    },
    "stadtteilkoordination": {
        "en": "Neighbourhood coordination",
        "tr": "Mahalle koordinasyonu",
        "ar": "تنسيق الأحياء",
    },
    "raeume-und-programme": {
        "en": "Areas, figures and programmes",
        "tr": "Bölgeler, rakamlar ve programlar",
        "ar": "المناطق والأرقام والبرامج",
    },
}

FAQ = {
    "aufgaben-der-oe-spk": {
        "en": (
            "What does the OE SPK do?",
            """<p>The Sozialraumorientierte Planungskoordination (OE SPK) is a unit of the
Bezirksamt Neukölln, the district office. It works so that all neighbourhoods of Neukölln
develop well and everybody living here has fair chances.</p>
<ul>
<li><strong>Bringing offices together:</strong> when a plan affects a neighbourhood, it brings
the district's departments to one table and follows the plan until it is carried out.</li>
<li><strong>Being your contact:</strong> initiatives, associations and institutions can turn
to it in the district office.</li>
<li><strong>Looking at the figures:</strong> it analyses data about the neighbourhoods and
writes reports.</li>
</ul>""",
        ),
        "tr": (
            "OE SPK ne yapar?",
            """<p>Sozialraumorientierte Planungskoordination (OE SPK), Neukölln Belediyesi'nin
(Bezirksamt) bir birimidir. Neukölln'deki tüm mahallelerin iyi gelişmesi ve burada yaşayan
herkesin adil fırsatlara sahip olması için çalışır.</p>
<ul>
<li><strong>Daireleri bir araya getirir:</strong> Bir plan bir mahalleyi etkilediğinde ilgili
daireleri aynı masaya oturtur ve planı uygulanana kadar takip eder.</li>
<li><strong>Sizin muhatabınızdır:</strong> Girişimler, dernekler ve kurumlar belediyede ona
başvurabilir.</li>
<li><strong>Rakamları inceler:</strong> Mahalleler hakkındaki verileri değerlendirir ve
raporlar yazar.</li>
</ul>""",
        ),
        "ar": (
            "ماذا تفعل OE SPK؟",
            """<p>تنسيق التخطيط الموجّه نحو الفضاء الاجتماعي (OE SPK) وحدة في مكتب بلدية
نويكولن (Bezirksamt). تعمل على أن تتطور جميع أحياء نويكولن بشكل جيد وأن تكون لكل من يعيش هنا
فرص عادلة.</p>
<ul>
<li><strong>جمع الدوائر:</strong> عندما تمسّ خطة ما حيًّا من الأحياء، تجمع الدوائر المعنية
حول طاولة واحدة وتتابع الخطة حتى تنفيذها.</li>
<li><strong>جهة الاتصال:</strong> يمكن للمبادرات والجمعيات والمؤسسات التوجه إليها في مكتب
البلدية.</li>
<li><strong>تحليل الأرقام:</strong> تحلل بيانات الأحياء وتكتب تقارير عنها.</li>
</ul>""",
        ),
    },
    "was-ist-sozialraumorientierung": {
        "en": (
            "What does “Sozialraumorientierung” mean?",
            """<p>It means: the administration does not only think in responsibilities, but
starts from where people live – the neighbourhood. Knowledge, careful use of money and the
commitment of residents are meant to come together there.</p>
<ul>
<li>What residents want and need is the starting point.</li>
<li>Their own initiative is strengthened.</li>
<li>The means needed for it are found.</li>
</ul>""",
        ),
        "tr": (
            "“Sozialraumorientierung” ne demek?",
            """<p>Şu demektir: Yönetim yalnızca görev alanlarına göre düşünmez, insanların
yaşadığı yerden, yani mahalleden yola çıkar. Bilgi, paranın özenli kullanımı ve sakinlerin
katılımı orada bir araya gelmelidir.</p>
<ul>
<li>Sakinlerin istekleri ve ihtiyaçları başlangıç noktasıdır.</li>
<li>Kendi girişimleri güçlendirilir.</li>
<li>Bunun için gereken kaynaklar bulunur.</li>
</ul>""",
        ),
        "ar": (
            "ماذا يعني „Sozialraumorientierung“؟",
            """<p>يعني أن الإدارة لا تفكر فقط في الاختصاصات، بل تنطلق من المكان الذي يعيش فيه الناس:
الحي والجيرة. هناك يجب أن تلتقي المعرفة والاستخدام الحريص للمال ومشاركة السكان.</p>
<ul>
<li>ما يريده السكان وما يحتاجونه هو نقطة البداية.</li>
<li>يتم تعزيز مبادراتهم الخاصة.</li>
<li>يتم إيجاد الوسائل اللازمة لذلك.</li>
</ul>""",
        ),
    },
    "keine-stadtteilkoordination-in-meiner-region": {
        "en": (
            "There is no neighbourhood coordination where I live. Who can I turn to?",
            """<p>To the OE SPK itself. It is in the Rathaus Neukölln, Karl-Marx-Straße 83,
12043 Berlin, and is there for all areas of the district. It knows the departments and helps
you find the right office.</p>""",
        ),
        "tr": (
            "Oturduğum yerde mahalle koordinasyonu yok. Kime başvurabilirim?",
            """<p>Doğrudan OE SPK'ye. Rathaus Neukölln, Karl-Marx-Straße 83, 12043 Berlin
adresindedir ve ilçenin tüm bölgeleri için hizmet verir. Daireleri tanır ve doğru yeri
bulmanıza yardım eder.</p>""",
        ),
        "ar": (
            "لا يوجد تنسيق أحياء في منطقتي. إلى من أتوجه؟",
            """<p>إلى OE SPK نفسها. مقرها في مبنى البلدية Rathaus Neukölln، Karl-Marx-Straße 83،
12043 Berlin، وهي متاحة لجميع مناطق الحي. تعرف الدوائر وتساعدك على إيجاد الجهة الصحيحة.</p>""",
        ),
    },
    "was-ist-eine-stadtteilkoordination": {
        "en": (
            "What does a neighbourhood coordination (Stadtteilkoordination) do?",
            """<p>It works right in the neighbourhood, together with the OE SPK in the district
office. Its main tasks:</p>
<ul>
<li>building and keeping networks, so that neighbours, initiatives and institutions can have
their say and take part;</li>
<li>creating lasting ways for people to be informed and to take part.</li>
</ul>
<p>It brings people together in working groups and meetings, and makes sure information flows
both ways: from the district office to the neighbourhood and back.</p>""",
        ),
        "tr": (
            "Mahalle koordinasyonu (Stadtteilkoordination) ne yapar?",
            """<p>Doğrudan mahallede, belediyedeki OE SPK ile birlikte çalışır. En önemli
görevleri:</p>
<ul>
<li>komşuların, girişimlerin ve kurumların söz sahibi olabilmesi için ağlar kurmak ve
sürdürmek;</li>
<li>insanların bilgi alabileceği ve katılabileceği kalıcı yollar oluşturmak.</li>
</ul>
<p>İnsanları çalışma gruplarında ve toplantılarda bir araya getirir; bilginin iki yönde akmasını
sağlar: belediyeden mahalleye ve mahalleden belediyeye.</p>""",
        ),
        "ar": (
            "ماذا يفعل تنسيق الحي (Stadtteilkoordination)؟",
            """<p>يعمل مباشرة في الحي، بالتعاون مع OE SPK في مكتب البلدية. أهم مهامه:</p>
<ul>
<li>بناء الشبكات والحفاظ عليها، حتى يتمكن الجيران والمبادرات والمؤسسات من المشاركة وإبداء
الرأي؛</li>
<li>إيجاد طرق دائمة ليحصل الناس على المعلومات ويشاركوا.</li>
</ul>
<p>يجمع الناس في مجموعات عمل ولقاءات، ويحرص على أن تنتقل المعلومات في الاتجاهين: من مكتب البلدية
إلى الحي ومن الحي إلى مكتب البلدية.</p>""",
        ),
    },
    "welche-stadtteilkoordination-ist-zustaendig": {
        "en": (
            "Which neighbourhood coordination is mine?",
            """<p>There is a neighbourhood coordination in four areas: Schillerpromenade,
Neuköllner Mitte/Zentrum, Reuterstraße and Gropiusstadt Ost. Enter your street and house
number under <a href="/en/zustaendigkeit/">Who can help me?</a> and you will see at once who
is there for you.</p>
<p>If you live in one of the other eight areas, the OE SPK in the Rathaus Neukölln helps
you.</p>""",
        ),
        "tr": (
            "Hangi mahalle koordinasyonu benden sorumlu?",
            """<p>Dört bölgede mahalle koordinasyonu var: Schillerpromenade, Neuköllner
Mitte/Zentrum, Reuterstraße ve Gropiusstadt Ost. <a href="/tr/zustaendigkeit/">Bana kim
yardım eder?</a> sayfasına sokak adınızı ve kapı numaranızı yazın; kimin sizin için orada
olduğunu hemen görürsünüz.</p>
<p>Diğer sekiz bölgeden birinde oturuyorsanız, Rathaus Neukölln'deki OE SPK size yardım
eder.</p>""",
        ),
        "ar": (
            "أي تنسيق أحياء مسؤول عني؟",
            """<p>يوجد تنسيق أحياء في أربع مناطق: Schillerpromenade وNeuköllner Mitte/Zentrum
وReuterstraße وGropiusstadt Ost. أدخل اسم شارعك ورقم البيت في صفحة
<a href="/ar/zustaendigkeit/">من يساعدني؟</a> وسترى فورًا من هو متاح لك.</p>
<p>إذا كنت تسكن في إحدى المناطق الثماني الأخرى، فإن OE SPK في مبنى البلدية Rathaus Neukölln
تساعدك.</p>""",
        ),
    },
    "was-heisst-verstetigt": {
        "en": (
            "What does it mean when a Quartiersmanagement is “verstetigt”?",
            """<p>A Quartiersmanagement (QM) is a funding programme for neighbourhoods with special
needs. It is meant to end some day. When it ends, what was built should not be lost:
networks, residents' committees and projects are carried on for good – “verstetigt”.</p>
<p>In Neukölln the neighbourhood coordination does this, in four areas:</p>
<ul>
<li>Reuterstraße: the QM Reuterplatz ended in 2016.</li>
<li>Schillerpromenade: the QM Schillerpromenade ended at the end of 2020.</li>
<li>Neuköllner Mitte/Zentrum: the QM Körnerpark ended at the end of 2020.</li>
<li>Gropiusstadt Ost: the QM Lipschitzallee/Gropiusstadt ended at the end of 2020.</li>
</ul>""",
        ),
        "tr": (
            "Bir Quartiersmanagement'ın “verstetigt” olması ne demek?",
            """<p>Quartiersmanagement (QM), özel desteğe ihtiyaç duyan mahalleler için bir
destek programıdır ve baştan süreli planlanır. Program bittiğinde kazanılanlar kaybolmamalıdır:
ağlar, sakin kurulları ve projeler kalıcı olarak sürdürülür – “verstetigt”.</p>
<p>Neukölln'de bunu dört bölgede mahalle koordinasyonu üstlenir:</p>
<ul>
<li>Reuterstraße: QM Reuterplatz 2016'da sona erdi.</li>
<li>Schillerpromenade: QM Schillerpromenade 2020 sonunda sona erdi.</li>
<li>Neuköllner Mitte/Zentrum: QM Körnerpark 2020 sonunda sona erdi.</li>
<li>Gropiusstadt Ost: QM Lipschitzallee/Gropiusstadt 2020 sonunda sona erdi.</li>
</ul>""",
        ),
        "ar": (
            "ماذا يعني أن يتم „تثبيت“ (verstetigt) إدارة حي (Quartiersmanagement)؟",
            """<p>إدارة الحي (QM) برنامج دعم للأحياء ذات الاحتياجات الخاصة، وهو مؤقت منذ البداية.
عندما ينتهي، يجب ألا يضيع ما تم بناؤه: تستمر الشبكات ولجان السكان والمشاريع بشكل دائم.</p>
<p>في نويكولن يتولى ذلك تنسيق الأحياء في أربع مناطق:</p>
<ul>
<li>Reuterstraße: انتهت QM Reuterplatz في عام 2016.</li>
<li>Schillerpromenade: انتهت QM Schillerpromenade في نهاية عام 2020.</li>
<li>Neuköllner Mitte/Zentrum: انتهت QM Körnerpark في نهاية عام 2020.</li>
<li>Gropiusstadt Ost: انتهت QM Lipschitzallee/Gropiusstadt في نهاية عام 2020.</li>
</ul>""",
        ),
    },
    "was-ist-eine-bezirksregion": {
        "en": (
            "What is a district region (Bezirksregion)?",
            """<p>For planning and statistics Berlin divides its districts into
“Lebensweltlich orientierte Räume” (LOR): areas that people experience as belonging
together. Since 1 January 2021 there are three levels: forecast areas (Prognoseräume),
district regions (Bezirksregionen) and planning areas (Planungsräume).</p>
<p>Neukölln has 4 forecast areas, 12 district regions and 46 planning areas. A district region
is about the size of a neighbourhood: large enough to plan schools, day-care centres and parks,
small enough to describe a Kiez. <a href="/en/bezirksregionen/">All district regions in
Neukölln</a></p>""",
        ),
        "tr": (
            "Bölge (Bezirksregion) nedir?",
            """<p>Berlin, planlama ve istatistik için ilçelerini “Lebensweltlich orientierte
Räume” (LOR) adı verilen bölgelere ayırır: insanların birbirine ait hissettiği alanlar.
1 Ocak 2021'den beri üç seviye vardır: tahmin alanları (Prognoseräume), bölgeler
(Bezirksregionen) ve planlama alanları (Planungsräume).</p>
<p>Neukölln'de 4 tahmin alanı, 12 bölge ve 46 planlama alanı vardır. Bir bölge
yaklaşık bir mahalle büyüklüğündedir: okul, kreş ve park planlamak için yeterince büyük,
bir semti anlatmak için yeterince küçük. <a href="/tr/bezirksregionen/">Neukölln'deki tüm
bölgeler</a></p>""",
        ),
        "ar": (
            "ما هي المنطقة (Bezirksregion)؟",
            """<p>تقسّم برلين أحياءها من أجل التخطيط والإحصاء إلى „Lebensweltlich orientierte
Räume“ (LOR): مناطق يشعر الناس أنها مترابطة. منذ 1 يناير 2021 توجد ثلاثة مستويات:
مناطق التنبؤ (Prognoseräume) والمناطق (Bezirksregionen) ومناطق التخطيط (Planungsräume).</p>
<p>في نويكولن 4 مناطق تنبؤ و12 منطقة و46 منطقة تخطيط. حجم المنطقة تقريبًا
حجم حي سكني: كبيرة بما يكفي لتخطيط المدارس ودور الحضانة والحدائق، وصغيرة بما يكفي لوصف
„Kiez“. <a href="/ar/bezirksregionen/">جميع المناطق في نويكولن</a></p>""",
        ),
    },
    "was-ist-die-gemeinschaftsinitiative": {
        "en": (
            "What is the Gemeinschaftsinitiative (GI)?",
            """<p>The “Ressortübergreifende Gemeinschaftsinitiative zur Stärkung sozial
benachteiligter Quartiere” (GI) is a programme of the Berlin Senate (decision S-1658/2018 of
30 October 2018). All Senate departments pool their funding in disadvantaged areas there.</p>
<p>The GI's areas are larger than district regions: they are forecast areas
(Prognoseräume). So they are not the same as the four areas of the neighbourhood
coordination.</p>""",
        ),
        "tr": (
            "Gemeinschaftsinitiative (GI) nedir?",
            """<p>“Ressortübergreifende Gemeinschaftsinitiative zur Stärkung sozial
benachteiligter Quartiere” (GI), Berlin Senatosu'nun bir programıdır (30 Ekim 2018 tarihli
S-1658/2018 sayılı karar). Tüm senato daireleri destek fonlarını dezavantajlı bölgelerde
birleştirir.</p>
<p>GI alanları bölgelerden büyüktür: tahmin alanlarına (Prognoseräume) karşılık gelirler. Bu yüzden
mahalle koordinasyonunun dört bölgesiyle aynı değildirler.</p>""",
        ),
        "ar": (
            "ما هي Gemeinschaftsinitiative (GI)؟",
            """<p>„Ressortübergreifende Gemeinschaftsinitiative zur Stärkung sozial benachteiligter
Quartiere“ (GI) برنامج لمجلس شيوخ برلين (القرار S-1658/2018 بتاريخ 30 أكتوبر 2018). تجمع
فيه جميع دوائر مجلس الشيوخ أموال الدعم في المناطق المحرومة.</p>
<p>مناطق GI أكبر من المناطق، فهي تعادل مناطق التنبؤ (Prognoseräume). لذلك ليست هي نفسها المناطق
الأربع لتنسيق الأحياء.</p>""",
        ),
    },
    "woher-kommen-die-zahlen": {
        "en": (
            "Where do the maps and figures on this website come from?",
            """<p>From official open data: the boundaries of the areas from the Geoportal Berlin,
the number of residents from the Amt für Statistik Berlin-Brandenburg. Which data we use, how
current it is and under which licence is listed on the page
<a href="/en/datenquellen/">Data sources</a>.</p>""",
        ),
        "tr": (
            "Bu sitedeki haritalar ve rakamlar nereden geliyor?",
            """<p>Resmî açık verilerden: bölgelerin sınırları Geoportal Berlin'den, nüfus
sayıları Amt für Statistik Berlin-Brandenburg'dan. Hangi verileri, hangi tarihle ve hangi
lisansla kullandığımızı <a href="/tr/datenquellen/">Veri kaynakları</a> sayfasında
bulabilirsiniz.</p>""",
        ),
        "ar": (
            "من أين تأتي الخرائط والأرقام على هذا الموقع؟",
            """<p>من البيانات الرسمية المفتوحة: حدود المناطق من Geoportal Berlin، وعدد السكان من
Amt für Statistik Berlin-Brandenburg. تجد في صفحة <a href="/ar/datenquellen/">مصادر
البيانات</a> أي البيانات نستخدم وتاريخها وترخيصها.</p>""",
        ),
    },
}
