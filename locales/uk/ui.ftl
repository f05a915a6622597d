# Feldbuch – тексти інтерфейсу (українська).
# Типи місць, види контактів, теми, вікові групи, стать, ролі та назви мов містяться
# у common.ftl, повідомлення про помилки – в errors.ftl.

## Загальне

app-title = Feldbuch
app-loading = Feldbuch завантажується …
app-start-failed = Не вдалося запустити Feldbuch.
app-retry = Спробувати ще раз
skip-to-content = Перейти до змісту
language-label = Мова
value-none = –

## Навігація

nav-label = Головне меню
nav-heute = Сьогодні
nav-sites = Місця роботи
nav-settings = Налаштування
nav-lock-now = Заблокувати зараз

## Перше налаштування

setup-title = Ласкаво просимо до Feldbuch
setup-intro = Налаштуйте Feldbuch один раз на цьому пристрої. Усі дані зберігаються на ньому в зашифрованому вигляді.
setup-profile-heading = Ваш профіль
setup-name-label = Ім’я (як його бачить ваша команда)
setup-initials-label = Ініціали
setup-initials-hint = Наприклад, «АК». В експортованих даних замість вашого імені будуть ініціали.
setup-team-label = Команда (необов’язково)
setup-role-label = Роль
setup-passphrase-heading = Пароль
setup-passphrase-intro = Цим паролем ви розблоковуєте Feldbuch. Він захищає ключ до ваших даних. Оберіть пароль, який легко запам’ятати вам, але важко вгадати іншим.
setup-passphrase-label =
    { $min ->
        [one] Пароль (щонайменше { $min } символ)
        [few] Пароль (щонайменше { $min } символи)
        [many] Пароль (щонайменше { $min } символів)
       *[other] Пароль (щонайменше { $min } символу)
    }
setup-passphrase-confirm-label = Повторіть пароль
setup-submit = Налаштувати Feldbuch
setup-submitting = Налаштування …

## Ключ відновлення (показується один раз після налаштування)

recovery-title = Запишіть ключ відновлення
recovery-intro = Якщо ви забудете пароль, цей ключ – єдиний спосіб повернути доступ до ваших даних. Без пароля й без цього ключа ніхто не зможе відновити дані – навіть служба підтримки.
recovery-once = Ключ показується лише цей один раз.
recovery-instructions = Перепишіть його зараз повністю на папір і зберігайте аркуш у надійному місці, окремо від цього пристрою. Не зберігайте ключ у файлі, на фото чи в електронному листі.
recovery-key-label = Ваш ключ відновлення
recovery-confirm-heading = Записали? Коротка перевірка
recovery-confirm-input-label = Введіть останню групу ключа (після останнього дефіса).
recovery-confirm-mismatch = Це ще не остання група ключа.
recovery-confirm-checkbox-label = Я записав(-ла) ключ на папері й зберігатиму його в надійному місці.
recovery-done = Перейти до Feldbuch

## Екран блокування

lock-title = Feldbuch заблоковано
lock-intro = Ваші дані зашифровано. Введіть пароль, щоб продовжити роботу.
lock-passphrase-label = Пароль
lock-submit = Розблокувати
lock-submitting = Розблокування …
lock-recovery-toggle = Забули пароль? Розблокувати ключем відновлення
lock-passphrase-toggle = Назад до введення пароля
lock-recovery-intro = Введіть ключ відновлення та задайте новий пароль.
lock-recovery-key-label = Ключ відновлення
lock-new-passphrase-label =
    { $min ->
        [one] Новий пароль (щонайменше { $min } символ)
        [few] Новий пароль (щонайменше { $min } символи)
        [many] Новий пароль (щонайменше { $min } символів)
       *[other] Новий пароль (щонайменше { $min } символу)
    }
lock-recovery-submit = Розблокувати й зберегти новий пароль

## Сьогодні

heute-heading = Сьогодні, { $date }
heute-contacts-heading =
    { $count ->
        [0] Контакти за сьогодні
        [one] Сьогодні { $count } контакт
        [few] Сьогодні { $count } контакти
        [many] Сьогодні { $count } контактів
       *[other] Сьогодні { $count } контакту
    }
heute-contacts-empty = Сьогодні ще не записано жодного контакту.
heute-followups-heading = Нагадування, строк яких настав
heute-followups-empty = Немає нагадувань на сьогодні.
contact-anonymous-count =
    { $count ->
        [one] { $count } анонімна особа
        [few] { $count } анонімні особи
        [many] { $count } анонімних осіб
       *[other] { $count } анонімної особи
    }
contact-duration =
    { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }
contact-start = о { $time }
contact-topics-label = Теми
contact-delete = Видалити
contact-delete-question = Справді видалити цей контакт?
contact-delete-confirm = Так, видалити
contact-delete-cancel = Скасувати
contact-deleted = Контакт видалено.
followup-due = строк: { $date }
followup-overdue = Прострочено

## Швидкий запис

qe-heading = Швидкий запис
qe-hint = Усе з клавіатури: Tab – далі, Ctrl+Enter – зберегти.
qe-site-label = Місце роботи
qe-site-hint = Почніть вводити назву, оберіть стрілками, підтвердьте клавішею Enter або Tab.
qe-site-no-match = Немає відповідного місця роботи.
qe-site-none-yet = Місць роботи ще немає. Спершу додайте місце в розділі «Місця роботи».
qe-site-results =
    { $count ->
        [0] Немає відповідного місця роботи.
        [one] Знайдено { $count } місце роботи.
        [few] Знайдено { $count } місця роботи.
        [many] Знайдено { $count } місць роботи.
       *[other] Знайдено { $count } місця роботи.
    }
qe-kind-label = Вид контакту
qe-anonymous-label = Анонімні особи (кількість)
qe-age-band-label = Вікова група
qe-gender-label = Стать
qe-option-unset = – не вибрано –
qe-topics-label = Теми
qe-duration-label = Тривалість у хвилинах
qe-note-label = Нотатка (конфіденційно)
qe-save = Зберегти контакт
qe-saving = Збереження …
qe-saved = Контакт збережено.
qe-error-site-required = Будь ласка, оберіть місце роботи зі списку.

## Місця роботи

sites-title = Місця роботи
sites-add-heading = Додати нове місце роботи
sites-name-label = Назва
sites-kind-label = Тип
sites-district-label = Район або квартал (необов’язково)
sites-add = Додати місце роботи
sites-added = Місце роботи «{ $name }» додано.
sites-list-heading =
    { $count ->
        [0] Місць роботи ще немає
        [one] { $count } місце роботи
        [few] { $count } місця роботи
        [many] { $count } місць роботи
       *[other] { $count } місця роботи
    }
sites-empty = Додайте своє перше місце роботи за допомогою форми «{ sites-add-heading }».
sites-column-name = Назва
sites-column-kind = Тип
sites-column-district = Район

## Налаштування

settings-title = Налаштування
settings-language-heading = Мова
settings-language-hint = Мова змінюється одразу, без перезапуску.
settings-autolock-heading = Автоматичне блокування
settings-autolock-label = Блокувати після стількох хвилин бездіяльності
settings-autolock-save = Зберегти
settings-autolock-saved =
    { $minutes ->
        [one] Feldbuch блокується після { $minutes } хвилини бездіяльності.
        [few] Feldbuch блокується після { $minutes } хвилин бездіяльності.
        [many] Feldbuch блокується після { $minutes } хвилин бездіяльності.
       *[other] Feldbuch блокується після { $minutes } хвилини бездіяльності.
    }
settings-profile-heading = Профіль
settings-profile-hint = Профіль задається під час налаштування.
settings-profile-name = Ім’я
settings-profile-initials = Ініціали
settings-profile-team = Команда
settings-profile-role = Роль
settings-profile-device = Ідентифікатор пристрою
