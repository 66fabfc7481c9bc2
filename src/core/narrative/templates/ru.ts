/** The default Russian template: title block, summary, one paragraph per objective, actions needing attention. */
export const ru = `{%- assign t = total -%}
# {% if plan_title != "" %}{{ plan_title }}{% else %}Отчёт о выполнении плана действий{% endif %}

{% if institution != "" %}{{ institution }}

{% endif %}{% if period != "" %}Отчётный период: {{ period }} ({{ period_start | long_date }} – {{ period_end | long_date }})

{% endif %}Дата: {{ report_date | long_date }}

## Общие итоги

{% if period != "" %}За {{ period }}{% else %}За отчётный период{% endif %} проведён мониторинг {{ t.rows | plural: "мероприятия", "мероприятий", "мероприятий" }}.
{%- if t.rows > 0 %} Из них {% for s in t.states -%}
{%- unless forloop.first %}{% if forloop.last %} и {% else %}, {% endif %}{% endunless -%}
{%- case s.state -%}
{%- when "done" %}выполнено {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }} ({{ t.completion_rate | percent }})
{%- when "partially_done" %}частично выполнено {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- when "in_progress" %}в процессе выполнения {{ s.count | agree: "находится", "находятся", "находятся" }} {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- when "initiated" %}начато {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- when "not_started" %}не начато {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- when "not_done" %}не выполнено {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- when "suspended" %}приостановлено {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- when "cancelled" %}отменено {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- else %}без допустимого статуса {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- endcase -%}
{%- endfor %}.{% endif %}
{%- if period_end != "" and t.due > 0 %} В отчётном периоде (по {{ period_end | long_date }}) {{ t.due | agree: "подлежало", "подлежали", "подлежало" }} исполнению {{ t.due | plural: "мероприятие", "мероприятия", "мероприятий" }}, из них {% if t.done_among_due == 0 %}не выполнено ни одно{% else %}выполнено {{ t.done_among_due | number }}{% endif %}
{%- if t.overdue > 0 %}; срок исполнения истёк у {{ t.overdue | plural: "мероприятия", "мероприятий", "мероприятий" }}{% if t.overdue <= 20 %} ({{ overdue | map: "id" | join_list }}){% endif %}{% endif %}.{% endif %}
{%- if lowest and highest and lowest.completion_rate != highest.completion_rate %}
{%- if highest_objectives.size == 1 %} Наиболее высокая степень выполнения у цели {{ highest.key }} ({{ highest.completion_rate | percent }})
{%- else %} Наиболее высокая степень выполнения ({{ highest.completion_rate | percent }}) у целей {{ highest_objectives | map: "key" | join_list }}{% endif %}
{%- if lowest_objectives.size == 1 %}, наиболее низкая — у цели {{ lowest.key }} ({{ lowest.completion_rate | percent }}).
{%- else %}; наиболее низкая ({{ lowest.completion_rate | percent }}) — у целей {{ lowest_objectives | map: "key" | join_list }}.{% endif %}
{%- endif %}

{% if objectives.size > 0 %}## Выполнение по целям
{% for o in objectives %}
**{{ o.title }}**: всего {{ o.rows | plural: "мероприятие", "мероприятия", "мероприятий" }}, из них {% for s in o.states -%}
{%- unless forloop.first %}{% if forloop.last %} и {% else %}, {% endif %}{% endunless -%}
{%- case s.state -%}
{%- when "done" %}выполнено {{ s.count }} ({{ o.completion_rate | percent }})
{%- when "partially_done" %}частично выполнено {{ s.count }}
{%- when "in_progress" %}в процессе выполнения {{ s.count }}
{%- when "initiated" %}начато {{ s.count }}
{%- when "not_started" %}не начато {{ s.count }}
{%- when "not_done" %}не выполнено {{ s.count }}
{%- when "suspended" %}приостановлено {{ s.count }}
{%- when "cancelled" %}отменено {{ s.count }}
{%- else %}без допустимого статуса {{ s.count }}
{%- endcase -%}
{%- endfor %}.
{%- if o.overdue > 0 %} Срок исполнения истёк: {{ o.actions | where: "overdue", true | map: "id" | join_list }}.{% endif %}
{% endfor %}
{% endif %}## Мероприятия, требующие внимания
{% for a in attention limit: 200 %}
- **{{ a.id }}** {{ a.state_label | downcase }}{% if a.overdue %}, срок истёк {{ a.due | long_date }}{% elsif a.state == "unknown" %}, срок исполнения — {{ a.due | long_date }}{% endif %}: {{ a.title }}
{%- else %}
Мероприятий с истёкшим сроком, не начатых, не выполненных, приостановленных или без статуса при наступившем сроке нет.
{%- endfor %}
{%- if attention.size > 200 %}
- … и ещё {{ attention.size | minus: 200 | plural: "мероприятие", "мероприятия", "мероприятий" }} (полный список — в таблице мероприятий).
{%- endif %}
`;
