/** The default Romanian template: title block, summary, one paragraph per objective, actions needing attention. */
export const ro = `{%- assign t = total -%}
# {% if plan_title != "" %}{{ plan_title }}{% else %}Raport privind implementarea planului de acțiuni{% endif %}

{% if institution != "" %}{{ institution }}

{% endif %}{% if period != "" %}Perioada de raportare: {{ period }} ({{ period_start | long_date }} – {{ period_end | long_date }})

{% endif %}Data: {{ report_date | long_date }}

## Sumar

{% if period != "" %}În {{ period }}{% else %}În perioada de raportare{% endif %} au fost monitorizate {{ t.rows | plural: "acțiune", "acțiuni" }}.
{%- if t.rows > 0 %} Dintre acestea, {% for s in t.states -%}
{%- unless forloop.first %}{% if forloop.last %}, iar {% else %}, {% endif %}{% endunless -%}
{{ s.count | plural: "acțiune", "acțiuni" }}
{%- case s.state -%}
{%- when "done" %} ({{ t.completion_rate | percent }}) {{ s.count | agree: "a fost realizată", "au fost realizate" }}
{%- when "partially_done" %} {{ s.count | agree: "a fost realizată parțial", "au fost realizate parțial" }}
{%- when "in_progress" %} {{ s.count | agree: "este în proces de realizare", "sunt în proces de realizare" }}
{%- when "initiated" %} {{ s.count | agree: "a fost inițiată", "au fost inițiate" }}
{%- when "not_started" %} {{ s.count | agree: "nu a fost inițiată", "nu au fost inițiate" }}
{%- when "not_done" %} {{ s.count | agree: "nu a fost realizată", "nu au fost realizate" }}
{%- when "suspended" %} {{ s.count | agree: "a fost suspendată", "au fost suspendate" }}
{%- when "cancelled" %} {{ s.count | agree: "a fost anulată", "au fost anulate" }}
{%- else %} {{ s.count | agree: "nu are un statut valid", "nu au un statut valid" }}
{%- endcase -%}
{%- endfor %}.{% endif %}
{%- if period_end != "" and t.due > 0 %} Până la {{ period_end | long_date }} {{ t.due | agree: "a ajuns", "au ajuns" }} la termen {{ t.due | plural: "acțiune", "acțiuni" }}, dintre care {% if t.done_among_due == 0 %}niciuna nu a fost realizată{% else %}{{ t.done_among_due }} {{ t.done_among_due | agree: "a fost realizată", "au fost realizate" }}{% endif %}
{%- if t.overdue > 0 %}; pentru {{ t.overdue | plural: "acțiune", "acțiuni" }}{% if t.overdue <= 20 %} ({{ overdue | map: "id" | join_list }}){% endif %} termenul de realizare a fost depășit{% endif %}.{% endif %}
{%- if lowest and highest and lowest.completion_rate != highest.completion_rate %}
{%- if highest_objectives.size == 1 %} Cel mai înalt grad de realizare îl are obiectivul {{ highest.key }} ({{ highest.completion_rate | percent }})
{%- else %} Cele mai înalte rate de realizare: obiectivele {{ highest_objectives | map: "key" | join_list }}, {{ highest.completion_rate | percent }}{% endif %}
{%- if lowest_objectives.size == 1 %}, iar cel mai mic, obiectivul {{ lowest.key }} ({{ lowest.completion_rate | percent }}).
{%- else %}; cele mai mici rate: obiectivele {{ lowest_objectives | map: "key" | join_list }}, {{ lowest.completion_rate | percent }}.{% endif %}
{%- endif %}

{% if objectives.size > 0 %}## Realizarea pe obiective
{% for o in objectives %}
**{{ o.title }}**: din {{ o.rows | plural: "acțiune", "acțiuni" }}, {% for s in o.states -%}
{%- unless forloop.first %}{% if forloop.last %} și {% else %}, {% endif %}{% endunless -%}
{{ s.count }}
{%- case s.state -%}
{%- when "done" %} {{ s.count | agree: "a fost realizată", "au fost realizate" }} ({{ o.completion_rate | percent }})
{%- when "partially_done" %} {{ s.count | agree: "a fost realizată parțial", "au fost realizate parțial" }}
{%- when "in_progress" %} {{ s.count | agree: "este în proces de realizare", "sunt în proces de realizare" }}
{%- when "initiated" %} {{ s.count | agree: "a fost inițiată", "au fost inițiate" }}
{%- when "not_started" %} {{ s.count | agree: "nu a fost inițiată", "nu au fost inițiate" }}
{%- when "not_done" %} {{ s.count | agree: "nu a fost realizată", "nu au fost realizate" }}
{%- when "suspended" %} {{ s.count | agree: "a fost suspendată", "au fost suspendate" }}
{%- when "cancelled" %} {{ s.count | agree: "a fost anulată", "au fost anulate" }}
{%- else %} {{ s.count | agree: "nu are un statut valid", "nu au un statut valid" }}
{%- endcase -%}
{%- endfor %}.
{%- if o.overdue > 0 %} Termen depășit: {{ o.actions | where: "overdue", true | map: "id" | join_list }}.{% endif %}
{% endfor %}
{% endif %}## Acțiuni care necesită atenție
{% for a in attention limit: 200 %}
- **{{ a.id }}** {{ a.state_label | downcase }}{% if a.overdue %}, termen depășit ({{ a.due | long_date }}){% elsif a.state == "unknown" %}, scadentă la {{ a.due | long_date }}{% endif %}: {{ a.title }}
{%- else %}
Nu sunt acțiuni cu termen depășit, neinițiate, nerealizate, suspendate sau scadente fără statut.
{%- endfor %}
{%- if attention.size > 200 %}
- … și încă {{ attention.size | minus: 200 | plural: "acțiune", "acțiuni" }} (lista completă este în tabelul acțiunilor).
{%- endif %}
`;
