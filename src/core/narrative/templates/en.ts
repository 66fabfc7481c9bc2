/** The default English template: title block, summary, one paragraph per objective, actions needing attention. */
export const en = `{%- assign t = total -%}
# {% if plan_title != "" %}{{ plan_title }}{% else %}Action plan implementation report{% endif %}

{% if institution != "" %}{{ institution }}

{% endif %}{% if period != "" %}Reporting period: {{ period }} ({{ period_start | long_date }} – {{ period_end | long_date }})

{% endif %}Date: {{ report_date | long_date }}

## Summary

{% if period != "" %}In {{ period }}{% else %}In the reporting period{% endif %}, {{ t.rows | plural: "action", "actions" }} {{ t.rows | agree: "was", "were" }} monitored.
{%- if t.rows > 0 %} Of these, {% for s in t.states -%}
{%- unless forloop.first %}{% if forloop.last %}, and {% else %}, {% endif %}{% endunless -%}
{{ s.count | plural: "action", "actions" }}
{%- case s.state -%}
{%- when "done" %} ({{ t.completion_rate | percent }}) {{ s.count | agree: "was", "were" }} done
{%- when "partially_done" %} {{ s.count | agree: "was", "were" }} partially done
{%- when "in_progress" %} {{ s.count | agree: "is", "are" }} in progress
{%- when "initiated" %} {{ s.count | agree: "has", "have" }} been initiated
{%- when "not_started" %} {{ s.count | agree: "has", "have" }} not been started
{%- when "not_done" %} {{ s.count | agree: "was", "were" }} not done
{%- when "suspended" %} {{ s.count | agree: "is", "are" }} suspended
{%- when "cancelled" %} {{ s.count | agree: "was", "were" }} cancelled
{%- else %} {{ s.count | agree: "has", "have" }} no valid status
{%- endcase -%}
{%- endfor %}.{% endif %}
{%- if period_end != "" and t.due > 0 %} By {{ period_end | long_date }}, {{ t.due | plural: "action", "actions" }} {{ t.due | agree: "was", "were" }} due, of which {% if t.done_among_due == 0 %}none was done{% else %}{{ t.done_among_due }} {{ t.done_among_due | agree: "was", "were" }} done{% endif %}
{%- if t.overdue > 0 %}; {{ t.overdue | plural: "action is", "actions are" }} overdue{% if t.overdue <= 20 %} ({{ overdue | map: "id" | join_list }}){% endif %}{% endif %}.{% endif %}
{%- if lowest and highest and lowest.completion_rate != highest.completion_rate %}
{%- if highest_objectives.size == 1 %} Objective {{ highest.key }} has the highest completion ({{ highest.completion_rate | percent }})
{%- else %} Objectives {{ highest_objectives | map: "key" | join_list }} share the highest completion ({{ highest.completion_rate | percent }}){% endif %}
{%- if lowest_objectives.size == 1 %} and objective {{ lowest.key }} the lowest ({{ lowest.completion_rate | percent }}).
{%- else %}; objectives {{ lowest_objectives | map: "key" | join_list }} share the lowest ({{ lowest.completion_rate | percent }}).{% endif %}
{%- endif %}

{% if objectives.size > 0 %}## Progress by objective
{% for o in objectives %}
**{{ o.title }}**: of {{ o.rows | plural: "action", "actions" }}, {% for s in o.states -%}
{%- unless forloop.first %}{% if forloop.last %} and {% else %}, {% endif %}{% endunless -%}
{{ s.count }}
{%- case s.state -%}
{%- when "done" %} {{ s.count | agree: "was", "were" }} done ({{ o.completion_rate | percent }})
{%- when "partially_done" %} {{ s.count | agree: "was", "were" }} partially done
{%- when "in_progress" %} {{ s.count | agree: "is", "are" }} in progress
{%- when "initiated" %} {{ s.count | agree: "has", "have" }} been initiated
{%- when "not_started" %} {{ s.count | agree: "has", "have" }} not been started
{%- when "not_done" %} {{ s.count | agree: "was", "were" }} not done
{%- when "suspended" %} {{ s.count | agree: "is", "are" }} suspended
{%- when "cancelled" %} {{ s.count | agree: "was", "were" }} cancelled
{%- else %} {{ s.count | agree: "has", "have" }} no valid status
{%- endcase -%}
{%- endfor %}.
{%- if o.overdue > 0 %} Overdue: {{ o.actions | where: "overdue", true | map: "id" | join_list }}.{% endif %}
{% endfor %}
{% endif %}## Actions needing attention
{% for a in attention limit: 200 %}
- **{{ a.id }}** {{ a.state_label | downcase }}{% if a.overdue %}, overdue since {{ a.due | long_date }}{% elsif a.state == "unknown" %}, due {{ a.due | long_date }}{% endif %}: {{ a.title }}
{%- else %}
No action is overdue, not started, not done, suspended or due without a status.
{%- endfor %}
{%- if attention.size > 200 %}
- … and {{ attention.size | minus: 200 | plural: "more action", "more actions" }} (the full list is in the table of actions).
{%- endif %}
`;
