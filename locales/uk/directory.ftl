# Feldbuch – Місця роботи та партнери: перегляд, виправлення, архівування; а також власний
# профіль у налаштуваннях. Терміни для видів і статусів — у common.ftl.

## Місця роботи та партнери: довідник

dir-archived = в архіві
dir-archive-heading = Архів
dir-all-archived = Усі записи в архіві: ви знайдете їх в архіві.
dir-close = Закрити
dir-address = Адреса
dir-contact-person = Контактна особа

## Місця роботи та партнери: виправлення даних

dir-edit-heading = Редагувати дані
dir-save = Зберегти зміни
dir-saved = Зміни збережено.
dir-unchanged = Нічого не змінено.
dir-cancel = Скасувати

## Місця роботи та партнери: архівування і повернення

dir-archive = Архівувати
dir-unarchive = Повернути з архіву
dir-archived-status = «{ $name }» переміщено до архіву.
dir-unarchived-status = «{ $name }» знову використовується.
dir-site-archive-hint = Архівовані місця роботи більше не з’являються в жодному списку вибору чи плані візитів; їхні контакти залишаються в журналі та звітах.
dir-partner-archive-hint = До архівованих партнерів більше не можна направляти; їхні попередні направлення залишаються в особових справах і звітах.

## Місця роботи: години візитів і контакти місця роботи

dir-slots-none = Для цього місця роботи регулярні години візитів не внесено.
dir-slots-archived = Години візитів архівованого місця роботи призупинено, доки ви не повернете його з архіву.
dir-slot-edit = Змінити
dir-slot-edit-label = Змінити години візиту: { $site }
dir-slot-save = Зберегти години візиту
dir-slot-saved = Години візиту змінено.
dir-months-heading = Контакти за місяцями
dir-months-empty = У цьому місці роботи ще не зафіксовано контактів.
dir-month = Місяць
dir-contacts = Контакти
dir-minutes = Хвилини
dir-total = Усього

## Партнери мережі: послуги та направлення

dir-services-empty = Послуг ще немає.
dir-service-add-label = Нова послуга
dir-service-add = Додати послугу
dir-service-added = Послугу «{ $name }» додано.
dir-service-rename = Перейменувати
dir-service-rename-label = Нова назва для «{ $name }»
dir-service-rename-save = Зберегти назву
dir-service-renamed = Послуга тепер називається «{ $name }».
dir-referrals-heading = Направлення до цього партнера
dir-referrals-empty = Направлень до цього партнера ще немає.
dir-referral-created = Створено
dir-referral-person = Особа

## Налаштування: редагувати профіль

profile-edit-heading = Редагувати профіль
profile-edit-hint = Ваше ім’я, ініціали та команда є у ваших експортах: центральний офіс побачить зміну з наступним експортом.
profile-team-label = Команда (необов’язково)
profile-save = Зберегти профіль
profile-saved = Профіль збережено.
