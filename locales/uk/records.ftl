# Feldbuch – виправлення записів: контактів, групових заходів, направлень, нагадувань і справ
# осіб там, де вони показані (Журнал, Сьогодні, Групові заходи, справа особи).

## Загальне

rec-edit = Редагувати
rec-save = Зберегти зміни
rec-cancel = Скасувати
rec-date-hint = Формат РРРР-ММ-ДД, напр. 2026-03-05; не день у майбутньому
rec-time-hint = ГГ:ХХ; залиште порожнім — без часу
rec-site-archived = { $name } (в архіві)
rec-partner-archived = { $name } (в архіві)
rec-service-archived = { $name } (в архіві)
rec-person-unknown = (особи більше немає в записах)

## Виправлення контакту (Журнал, Сьогодні, справа особи)

rec-contact-edit-heading = Редагувати контакт { $date } у «{ $site }»
rec-contact-edit-hint = Зберігається лише те, що ви змінюєте. Ctrl+Enter зберігає, Esc скасовує.
rec-contact-saved = Контакт змінено.

## Контакт: анонімні особи в кількох групах (швидкий запис і виправлення)

rec-group-legend = Група { $number }
rec-group-count = Кількість
rec-group-add = Додати ще одну групу
rec-group-add-hint = Для анонімних осіб різних вікових груп або статей, напр. мати з двома дітьми.
rec-group-remove = Вилучити
rec-group-remove-label = Вилучити: група { $number }

## Виправлення й архівування групових заходів

rec-activity-edit-heading = Редагувати «{ $title }»
rec-activity-saved = Груповий захід «{ $title }» змінено.
rec-archive = Архівувати
rec-unarchive = Повернути з архіву
rec-archived = в архіві

## Справа особи: виправлення направлень і нагадувань

rec-referral-edit-heading = Редагувати направлення до «{ $partner }»
rec-referral-saved = Направлення змінено.
rec-followup-reschedule = Перенести
rec-followup-rescheduled = Нагадування перенесено на { $date }.
rec-followup-reopen = Відкрити знову

## Справа особи: виправлення даних про особу

rec-person-edit = Виправити дані
rec-person-edit-heading = Виправити дані «{ $pseudonym }»
rec-person-edit-hint = Зберігається лише те, що ви змінюєте; очищене поле видаляє дані. Ctrl+Enter зберігає, Esc скасовує.
rec-person-saved = Дані про особу змінено.

## Справа особи: закриття й повторне відкриття

rec-case-heading = Закриття справи
rec-case-open = Коли супровід завершується, закрийте справу. Вона зберігається, і її можна відкрити знову.
rec-case-close = Закрити справу …
rec-case-close-hint = Справу буде закрито цим днем. Причина — необов’язково.
rec-case-close-date = Дата закриття
rec-case-close-reason = Причина (необов’язково)
rec-case-close-save = Закрити справу
rec-case-closed-done = Справу закрито.
rec-case-closed-hint = Справу закрито. Якщо супровід триває, відкрийте її знову.
rec-case-reopen = Відкрити справу знову
rec-case-reopened = Справу відкрито знову.
rec-case-reason = Причина закриття

## Справа особи: вихід із програми (ESF Plus)

rec-exit-hint = Під час виходу ви фіксуєте спільні показники результатів ESF Plus. Те, чого ви не знаєте, лишається «не зафіксовано».
rec-exit-date = Дата виходу
rec-exit-unset = не зафіксовано
rec-exit-save = Зберегти вихід
rec-exit-change = Змінити вихід
rec-exit-saved = Вихід збережено.
qe-topics-hint = Переходьте між темами клавішами зі стрілками, вибирайте пробілом.
rec-timeline-shown = { $shown } з { $total } контактів, найновіші спершу.
rec-timeline-all = Показати всі контакти
