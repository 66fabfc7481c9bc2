import { Lang } from '../../status';

/**
 * The section on progress since the previous report, appended to each default template. It shows
 * only when a previous report was given (`comparison` is null otherwise). Lists of ids are named up
 * to 20; past that only counted.
 */
const ro = `
{%- if comparison %}

## Evoluția față de perioada precedentă

{% assign c = comparison -%}
Față de {% if c.previous_period != "" %}{{ c.previous_period }}{% else %}perioada precedentă{% endif %}, gradul de realizare a planului {% if c.completion_before == c.completion_now %}a rămas de {{ c.completion_now | percent }}{% else %}a trecut de la {{ c.completion_before | percent }} la {{ c.completion_now | percent }}{% endif %}.
{%- assign n = c.moved_to_done.size %}
{%- if n > 0 %} În această perioadă {{ n | agree: "a fost realizată", "au fost realizate" }} {{ n | plural: "acțiune", "acțiuni" }}{% if n <= 20 %} ({{ c.moved_to_done | map: "id" | join_list }}){% endif %}.{% else %} În această perioadă nu a mai fost realizată nicio acțiune.{% endif %}
{%- assign n = c.regressed.size %}
{%- if n > 0 %} {{ n | plural: "acțiune", "acțiuni" }}{% if n <= 20 %} ({{ c.regressed | map: "id" | join_list }}){% endif %} {{ n | agree: "raportată anterior ca realizată nu mai este realizată", "raportate anterior ca realizate nu mai sunt realizate" }}.{% endif %}
{%- assign n = c.postponed.size %}
{%- if n > 0 %} Termenul a fost amânat pentru {{ n | plural: "acțiune", "acțiuni" }}{% if n <= 20 %}: {% for p in c.postponed %}{{ p.id }} (de la {{ p.deadline_from | long_date }} la {{ p.deadline_to | long_date }}){% unless forloop.last %}, {% endunless %}{% endfor %}{% endif %}.{% endif %}
{%- assign n = c.overdue_again.size %}
{%- if n > 0 %} Pentru {{ n | plural: "acțiune", "acțiuni" }}{% if n <= 20 %} ({{ c.overdue_again | map: "id" | join_list }}){% endif %} termenul de realizare este depășit a doua perioadă la rând.{% endif %}
{%- assign n = c.not_started_again.size %}
{%- if n > 0 %} {{ n | plural: "acțiune", "acțiuni" }}{% if n <= 20 %} ({{ c.not_started_again | map: "id" | join_list }}){% endif %} nu {{ n | agree: "a fost inițiată", "au fost inițiate" }} nici în această perioadă.{% endif %}
{%- assign n = c.new_actions.size %}
{%- if n > 0 %} {{ n | agree: "A fost adăugată", "Au fost adăugate" }} {{ n | plural: "acțiune nouă", "acțiuni noi" }}{% if n <= 20 %} ({{ c.new_actions | map: "id" | join_list }}){% endif %}.{% endif %}
{%- assign n = c.dropped.size %}
{%- if n > 0 %} {{ n | plural: "acțiune", "acțiuni" }} din raportul precedent{% if n <= 20 %} ({{ c.dropped | map: "id" | join_list }}){% endif %} {{ n | agree: "lipsește din acest raport fără să fi fost anulată", "lipsesc din acest raport fără să fi fost anulate" }}.{% endif %}
{%- assign n = c.description_unchanged.size %}
{%- if n > 0 %} Pentru {{ n | plural: "acțiune", "acțiuni" }}{% if n <= 20 %} ({{ c.description_unchanged | map: "id" | join_list }}){% endif %} descrierea a rămas aceeași ca în raportul precedent.{% endif %}
{%- if c.objectives.size > 1 %} Pe obiective: {% for o in c.objectives %}obiectivul {{ o.key }} de la {{ o.completion_before | percent }} la {{ o.completion_now | percent }}{% unless forloop.last %}, {% endunless %}{% endfor %}.{% endif %}
{%- endif %}
`;

const en = `
{%- if comparison %}

## Progress since the previous period

{% assign c = comparison -%}
Since {% if c.previous_period != "" %}{{ c.previous_period }}{% else %}the previous period{% endif %}, the plan's completion {% if c.completion_before == c.completion_now %}has stayed at {{ c.completion_now | percent }}{% else %}has gone from {{ c.completion_before | percent }} to {{ c.completion_now | percent }}{% endif %}.
{%- assign n = c.moved_to_done.size %}
{%- if n > 0 %} {{ n | plural: "action", "actions" }}{% if n <= 20 %} ({{ c.moved_to_done | map: "id" | join_list }}){% endif %} {{ n | agree: "was", "were" }} done in this period.{% else %} No further action was done in this period.{% endif %}
{%- assign n = c.regressed.size %}
{%- if n > 0 %} {{ n | plural: "action", "actions" }}{% if n <= 20 %} ({{ c.regressed | map: "id" | join_list }}){% endif %} reported done before {{ n | agree: "is", "are" }} no longer done.{% endif %}
{%- assign n = c.postponed.size %}
{%- if n > 0 %} The deadline was postponed for {{ n | plural: "action", "actions" }}{% if n <= 20 %}: {% for p in c.postponed %}{{ p.id }} (from {{ p.deadline_from | long_date }} to {{ p.deadline_to | long_date }}){% unless forloop.last %}, {% endunless %}{% endfor %}{% endif %}.{% endif %}
{%- assign n = c.overdue_again.size %}
{%- if n > 0 %} {{ n | plural: "action", "actions" }}{% if n <= 20 %} ({{ c.overdue_again | map: "id" | join_list }}){% endif %} {{ n | agree: "is", "are" }} overdue for the second period running.{% endif %}
{%- assign n = c.not_started_again.size %}
{%- if n > 0 %} {{ n | plural: "action", "actions" }}{% if n <= 20 %} ({{ c.not_started_again | map: "id" | join_list }}){% endif %} {{ n | agree: "has", "have" }} still not been started.{% endif %}
{%- assign n = c.new_actions.size %}
{%- if n > 0 %} {{ n | plural: "new action was", "new actions were" }} added{% if n <= 20 %} ({{ c.new_actions | map: "id" | join_list }}){% endif %}.{% endif %}
{%- assign n = c.dropped.size %}
{%- if n > 0 %} {{ n | plural: "action", "actions" }} of the previous report{% if n <= 20 %} ({{ c.dropped | map: "id" | join_list }}){% endif %} {{ n | agree: "is", "are" }} missing from this one without having been cancelled.{% endif %}
{%- assign n = c.description_unchanged.size %}
{%- if n > 0 %} For {{ n | plural: "action", "actions" }}{% if n <= 20 %} ({{ c.description_unchanged | map: "id" | join_list }}){% endif %} the description is the previous report's.{% endif %}
{%- if c.objectives.size > 1 %} By objective: {% for o in c.objectives %}objective {{ o.key }} from {{ o.completion_before | percent }} to {{ o.completion_now | percent }}{% unless forloop.last %}, {% endunless %}{% endfor %}.{% endif %}
{%- endif %}
`;

const ru = `
{%- if comparison %}

## Изменения по сравнению с предыдущим периодом

{% assign c = comparison -%}
По сравнению с {% if c.previous_period != "" %}предыдущим периодом ({{ c.previous_period }}){% else %}предыдущим периодом{% endif %} выполнение плана {% if c.completion_before == c.completion_now %}осталось на уровне {{ c.completion_now | percent }}{% else %}изменилось с {{ c.completion_before | percent }} до {{ c.completion_now | percent }}{% endif %}.
{%- assign n = c.moved_to_done.size %}
{%- if n > 0 %} В этом периоде {{ n | agree: "выполнено", "выполнены", "выполнено" }} {{ n | plural: "мероприятие", "мероприятия", "мероприятий" }}{% if n <= 20 %} ({{ c.moved_to_done | map: "id" | join_list }}){% endif %}.{% else %} В этом периоде не выполнено ни одного нового мероприятия.{% endif %}
{%- assign n = c.regressed.size %}
{%- if n > 0 %} {{ n | plural: "мероприятие", "мероприятия", "мероприятий" }}{% if n <= 20 %} ({{ c.regressed | map: "id" | join_list }}){% endif %}, {{ n | agree: "ранее отмеченное как выполненное, теперь не выполнено", "ранее отмеченные как выполненные, теперь не выполнены", "ранее отмеченных как выполненные, теперь не выполнены" }}.{% endif %}
{%- assign n = c.postponed.size %}
{%- if n > 0 %} Срок перенесён для {{ n | plural: "мероприятия", "мероприятий", "мероприятий" }}{% if n <= 20 %}: {% for p in c.postponed %}{{ p.id }} (с {{ p.deadline_from | long_date }} на {{ p.deadline_to | long_date }}){% unless forloop.last %}, {% endunless %}{% endfor %}{% endif %}.{% endif %}
{%- assign n = c.overdue_again.size %}
{%- if n > 0 %} Срок нарушен второй период подряд для {{ n | plural: "мероприятия", "мероприятий", "мероприятий" }}{% if n <= 20 %} ({{ c.overdue_again | map: "id" | join_list }}){% endif %}.{% endif %}
{%- assign n = c.not_started_again.size %}
{%- if n > 0 %} {{ n | plural: "мероприятие", "мероприятия", "мероприятий" }}{% if n <= 20 %} ({{ c.not_started_again | map: "id" | join_list }}){% endif %} так и не {{ n | agree: "начато", "начаты", "начаты" }}.{% endif %}
{%- assign n = c.new_actions.size %}
{%- if n > 0 %} {{ n | agree: "Добавлено", "Добавлены", "Добавлено" }} {{ n | plural: "новое мероприятие", "новых мероприятия", "новых мероприятий" }}{% if n <= 20 %} ({{ c.new_actions | map: "id" | join_list }}){% endif %}.{% endif %}
{%- assign n = c.dropped.size %}
{%- if n > 0 %} {{ n | plural: "мероприятие", "мероприятия", "мероприятий" }} из предыдущего отчёта{% if n <= 20 %} ({{ c.dropped | map: "id" | join_list }}){% endif %} {{ n | agree: "отсутствует", "отсутствуют", "отсутствуют" }} в этом отчёте, хотя не {{ n | agree: "было отменено", "были отменены", "были отменены" }}.{% endif %}
{%- assign n = c.description_unchanged.size %}
{%- if n > 0 %} Для {{ n | plural: "мероприятия", "мероприятий", "мероприятий" }}{% if n <= 20 %} ({{ c.description_unchanged | map: "id" | join_list }}){% endif %} описание повторяет предыдущий отчёт.{% endif %}
{%- if c.objectives.size > 1 %} По целям: {% for o in c.objectives %}цель {{ o.key }} с {{ o.completion_before | percent }} до {{ o.completion_now | percent }}{% unless forloop.last %}, {% endunless %}{% endfor %}.{% endif %}
{%- endif %}
`;

export const COMPARISON_SECTIONS: Record<Lang, string> = { ro, en, ru };
