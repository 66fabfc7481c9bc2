/** The default Russian template: summary, one paragraph per objective, actions needing attention. */
export const ru = `{%- assign t = total -%}
## Общие итоги

{% if period != "" %}За {{ period }}{% else %}За отчётный период{% endif %} проведён мониторинг {{ t.rows | plural: "мероприятия", "мероприятий", "мероприятий" }}.
{%- if t.rows > 0 %} Из них {% for s in t.states -%}
{%- unless forloop.first %}{% if forloop.last %}, а {% else %}, {% endif %}{% endunless -%}
{%- case s.state -%}
{%- when "done" %}выполнено {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }} ({{ t.completion_rate | percent }})
{%- when "partially_done" %}частично выполнено {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- when "in_progress" %}в процессе выполнения {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- when "initiated" %}начато {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- when "not_started" %}не начато {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- when "not_done" %}не выполнено {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- when "suspended" %}приостановлено {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- when "cancelled" %}отменено {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- else %}без допустимого статуса {{ s.count | plural: "мероприятие", "мероприятия", "мероприятий" }}
{%- endcase -%}
{%- endfor %}.{% endif %}
{%- if period_end != "" and t.due > 0 %} К {{ period_end | long_date }} наступил срок исполнения {{ t.due | plural: "мероприятия", "мероприятий", "мероприятий" }}, из них выполнено {{ t.done_among_due | number }}
{%- if t.overdue > 0 %}; просрочено {{ t.overdue | plural: "мероприятие", "мероприятия", "мероприятий" }}{% if t.overdue <= 20 %} ({{ overdue | map: "id" | join_list }}){% endif %}{% endif %}.{% endif %}
{%- if lowest and highest and lowest.completion_rate != highest.completion_rate %} Наиболее высокая степень выполнения у цели {{ highest.key }} ({{ highest.completion_rate | percent }}), наиболее низкая — у цели {{ lowest.key }} ({{ lowest.completion_rate | percent }}).{% endif %}

## Выполнение по целям
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
{%- if o.overdue > 0 %} Просрочены: {{ o.actions | where: "overdue", true | map: "id" | join_list }}.{% endif %}
{% endfor %}
## Мероприятия, требующие внимания
{% for a in attention limit: 200 %}
- **{{ a.id }}** {{ a.title }} ({{ a.responsible }}): {{ a.state_label | downcase }}{% if a.overdue %}, срок истёк {{ a.due | long_date }}{% endif %}.{% if a.reason != "" %} {{ a.reason }}{% endif %}
{%- else %}
Просроченных, не начатых, не выполненных или приостановленных мероприятий нет.
{%- endfor %}
{%- if attention.size > 200 %}
- … и ещё {{ attention.size | minus: 200 | plural: "мероприятие", "мероприятия", "мероприятий" }} (полный список — в таблице мероприятий).
{%- endif %}
`;
