"""What the profiles give other pages: a Bezirksregion's page shows Teil II's measures
("Was hier geplant ist") without the regions app knowing this one."""

from django import template

from ..plans import published_plan

register = template.Library()


@register.inclusion_tag("profiles/includes/planned_here.html")
def planned_here(region):
    measures = [
        (goal, measure)
        for _field, goals in published_plan(region, details=False)
        for goal, goal_measures in goals
        for measure in goal_measures
    ]
    return {"region": region, "measures": measures}
