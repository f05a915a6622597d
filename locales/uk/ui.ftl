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
nav-sites = Місця роботи та партнери
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
recovery-replaced = Ключ відновлення, яким ти щойно розблокував(-ла), більше не діє: його вводили, і його могли побачити. Ось твій новий. Знищ старий папірець.
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
heute-contacts-earlier = Показати попередні контакти за сьогодні (ще { $count })
heute-followups-heading = Нагадування, строк яких настав
heute-followups-empty = Немає нагадувань на сьогодні.
heute-followups-upcoming-heading = Наступні 7 днів
heute-followups-upcoming-empty = Нагадувань на наступні 7 днів немає.
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
qe-date-label = Дата
qe-date-hint = РРРР-ММ-ДД; типово сьогодні, раніший день для запізнілого запису
qe-start-label = Початок
qe-start-hint = ГГ:ХХ; типово зараз, порожньо — без часу
qe-site-label = Місце роботи
qe-site-hint = Почніть вводити назву, оберіть стрілками, підтвердьте клавішею Enter або Tab.
qe-site-no-match = Немає відповідного місця роботи.
qe-site-none-yet = Місць роботи ще немає. Спершу додайте місце в розділі «Місця роботи та партнери».
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

sites-title = Місця роботи та партнери
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
settings-profile-hint = Роль визначає центральний офіс під час реєстрації. Ім’я, ініціали та команду можна виправити нижче.
settings-profile-name = Ім’я
settings-profile-initials = Ініціали
settings-profile-team = Команда
settings-profile-role = Роль
settings-profile-device = Ідентифікатор пристрою

## Швидкий запис: особи, результат, нагадування, чернетка

qe-outcome-label = Результат
qe-persons-label = Особи (псевдонім)
qe-persons-hint = Введіть псевдонім, виберіть стрілками, додайте клавішею Enter. Пов’язати можна лише осіб, які дали згоду на документування; усіх інших враховуйте анонімно.
qe-follow-up-label = Нагадування на дату (необов’язково)
qe-follow-up-hint = Формат РРРР-ММ-ДД, напр. 2026-12-01
qe-language-label = Мова розмови
qe-language-hint = Код, напр. de, tr, ar
qe-interpreter-label = З перекладачем
qe-draft-restored = Відновлено незбережену чернетку.
qe-draft-discard = Відхилити чернетку
qe-draft-failed = Не вдалося зберегти чернетку.

## Вибір осіб (швидкий запис, групові заходи)

picker-no-match = Немає відповідної особи.
picker-no-consent = немає згоди на документування – лише анонімний облік
picker-results =
    { $count ->
        [0] Немає відповідної особи.
        [one] Знайдено { $count } особу.
        [few] Знайдено { $count } особи.
        [many] Знайдено { $count } осіб.
       *[other] Знайдено { $count } особи.
    }
picker-selected-label = Вибрані особи
picker-remove = Вилучити «{ $pseudonym }»

## Особи: навігація і пошук

nav-persons = Особи
persons-title = Особи
persons-search-heading = Пошук особи
persons-search-text-label = Псевдонім
persons-search-district-label = Район
persons-search-marker-label = Життєва ситуація
persons-search-any-marker = – усі –
persons-search-include-closed = Показувати й закриті справи
persons-search-submit = Шукати
persons-results-heading =
    { $count ->
        [0] Жодної особи не знайдено
        [one] { $count } особа
        [few] { $count } особи
        [many] { $count } осіб
       *[other] { $count } особи
    }
persons-participant = Учасник/учасниця
persons-select-hint = Виберіть особу зі списку, щоб відкрити її справу. Кожне відкриття фіксується в журналі.

## Особи: повнотекстовий пошук у нотатках

notes-search-heading = Пошук у нотатках
notes-search-hint = Шукає в конфіденційних нотатках усіх контактів. Кожен пошук фіксується в журналі.
notes-search-label = Слова для пошуку
notes-search-submit = Шукати в нотатках
notes-search-results =
    { $count ->
        [0] Нотаток не знайдено.
        [one] Знайдено { $count } нотатку.
        [few] Знайдено { $count } нотатки.
        [many] Знайдено { $count } нотаток.
       *[other] Знайдено { $count } нотатки.
    }

## Особи: нова особа

person-new-heading = Додати особу
person-new-pseudonym-label = Псевдонім
person-new-pseudonym-hint = Наприклад, ініціали та рік народження («MK-1980»). Не вказуйте справжнє ім’я: воно потрапляє до справи лише за згодою.
person-new-birth-year-label = Рік народження (необов’язково)
person-new-age-band-label = Вікова група (необов’язково, якщо рік народження невідомий)
person-new-gender-label = Стать
person-new-district-label = Район (необов’язково)
person-new-languages-label = Мови (коди через кому)
person-new-markers-label = Життєва ситуація
person-new-submit = Додати особу
person-new-created = Особу «{ $pseudonym }» додано.
person-new-error-pseudonym = Будь ласка, введіть псевдонім.

## Справа особи: дані, ім’я та контакти

person-view-close = Закрити справу
person-page-loading = Справа завантажується …
person-details-heading = Дані про особу
person-closed-on = закрито { $date }
person-field-birth-year = Рік народження
person-field-languages = Мови
person-field-markers = Життєва ситуація
person-field-real-name = Справжнє ім’я
person-field-contact-info = Контактні дані
person-identity-heading = Ім’я та контактні дані
person-identity-hint = Очищене поле видаляє відповідні дані.
person-identity-save = Зберегти ім’я та контактні дані
person-identity-saved = Ім’я та контактні дані збережено.
person-identity-needs-consent = Справжнє ім’я та контактні дані можна зберегти лише після отримання згоди на документування.

## Справа особи: згоди

consents-heading = Згоди
consents-partner = для { $partner }
consents-given-on = надано { $date } ({ $form })
consents-withdrawn-on = відкликано { $date }
consents-withdraw = Відкликати
consents-empty = Згод ще немає. Без згоди на документування особу можна враховувати лише анонімно.
consents-give-heading = Зареєструвати згоду
consents-scope-label = Обсяг
consents-form-label = Форма
consents-date-label = Дата надання (порожньо: сьогодні)
consents-partner-label = Партнер, якому можна передавати дані
consents-partner-choose = – виберіть партнера –
consents-give-submit = Зберегти згоду
consents-given = Згоду збережено.
consents-withdrawn = Згоду відкликано.
consents-error-partner = Згода на передавання даних стосується конкретного партнера: будь ласка, виберіть його.

## Справа особи: участь у програмі

enrol-heading = Зареєструвати як учасника/учасницю
enrol-hint = Для звітування грантодавцеві про учасників (напр. ESF Plus). Можливо, поки чинна згода на звітування про учасників.
enrol-entry-label = Дата вступу (порожньо: сьогодні)
enrol-submit = Зареєструвати як учасника/учасницю
enrol-edit-heading = Дані про участь
enrol-save = Зберегти дані про участь
enrol-saved = Дані про участь збережено.

## Справа особи: додати нагадування чи направлення

followup-form-heading = Додати нагадування
followup-form-due-label = Строк
followup-form-what-label = Що потрібно зробити?
followup-form-submit = Додати нагадування
followup-form-added = Нагадування додано.
followup-form-error-due = Будь ласка, вкажіть строк нагадування.
refer-heading = Направити до партнера
refer-no-partners = Партнерів ще немає. Додайте їх у розділі «Місця роботи та партнери».
refer-partner-label = Партнер
refer-partner-choose = – виберіть партнера –
refer-service-label = Послуга
refer-service-any = – без конкретної послуги –
refer-note-label = Нотатка до направлення (необов’язково)
refer-submit = Додати направлення
refer-done = Направлення до «{ $partner }» додано.
refer-error-partner = Будь ласка, виберіть партнера.
refer-from-contact = Направлення з контакту від { $date } ({ $site })
refer-contact-clear = Направити без прив’язки до контакту

## Справа особи: історія

timeline-followups-heading = Нагадування
timeline-followup-done = Виконано
timeline-followup-done-on = виконано { $date }
timeline-followups-empty = Нагадувань немає.
timeline-referrals-heading = Направлення
timeline-referral-since = з { $date }
timeline-referral-no-forwarding = без згоди на передавання даних
timeline-referral-from-contact = з контакту від { $date }
timeline-referral-move = Змінити статус направлення до «{ $partner }»
timeline-referrals-empty = Направлень немає.
timeline-contacts-heading = Контакти
timeline-contacts-empty = Контактів немає.
timeline-contact-refer = Направити
timeline-attendance-heading = Участь у групових заходах
timeline-attendance-empty = Участі в групових заходах немає.

## Справа особи: доступ до даних і стирання

rights-heading = Доступ до даних і стирання
rights-auskunft-hint = Доступ до даних за ст. 15 GDPR: усе, що збережено про цю особу, записується текстовим файлом у вашу папку «Документи». Дія фіксується в журналі.
rights-auskunft = Створити звіт про доступ
rights-auskunft-written = Звіт про доступ збережено тут:
rights-erase-hint = Стирання за ст. 17 GDPR: особу видаляють остаточно, її контакти залишаються в статистиці лише анонімно. Стирання з наступним експортом дійде й до центрального офісу.
rights-erase = Стерти особу …
rights-erase-confirm-label = Для підтвердження введіть псевдонім «{ $pseudonym }»
rights-erase-mismatch = Псевдонім поки не збігається.
rights-erase-confirm = Стерти остаточно
rights-erase-cancel = Скасувати
rights-erased-heading = «{ $pseudonym }» стерто
rights-erased-contacts = Знеособлено контактів
rights-erased-notes = Видалено нотаток
rights-erased-followups = Видалено нагадувань
rights-erased-consents = Видалено згод
rights-erased-attendance = Знеособлено записів про участь
rights-erased-hint = Стирання зафіксовано в журналі, його неможливо скасувати.

## Сьогодні: заплановані візити та нагадування з клавіатури

heute-visits-heading = Заплановані візити на сьогодні
heute-visits-empty = На сьогодні візитів не заплановано.
heute-visit-time = { $start }–{ $end }
heute-followups-keys = Enter або D на нагадуванні позначає його виконаним; клавіші зі стрілками переходять до наступного.
heute-followup-done = Виконано
heute-followup-contact = Контакт від { $date }, { $site }
heute-followup-completed = Виконано: «{ $what }»
heute-contact-persons =
    { $count ->
        [one] { $count } особа
        [few] { $count } особи
        [many] { $count } осіб
       *[other] { $count } особи
    }

## Місця роботи та партнери: партнери мережі

partners-heading =
    { $count ->
        [0] Партнери мережі
        [one] { $count } партнер
        [few] { $count } партнери
        [many] { $count } партнерів
       *[other] { $count } партнера
    }
partners-empty = Партнерів мережі ще немає.
partners-column-name = Назва
partners-column-kind = Вид
partners-column-contact = Контактна особа
partners-column-services = Послуги
partners-add-heading = Додати партнера
partners-name-label = Назва
partners-kind-label = Вид
partners-district-label = Район (необов’язково)
partners-contact-label = Контактна особа (необов’язково)
partners-address-label = Адреса (необов’язково)
partners-services-label = Послуги (необов’язково)
partners-services-hint = Кілька послуг розділяйте комами, напр. «Консультації щодо боргів, Години прийому».
partners-add = Додати партнера
partners-added = Партнера «{ $name }» додано.

## Місця роботи та партнери: години візитів

slots-heading = Регулярні години візитів
slots-empty = Годин візитів ще немає.
slots-add-heading = Додати години візиту
slots-site-label = Місце роботи
slots-site-choose = – виберіть місце роботи –
slots-weekday-label = День тижня
slots-start-label = З
slots-end-label = До
slots-add = Додати години візиту
slots-added = Години візиту додано.
slots-error-site = Будь ласка, виберіть місце роботи.
slots-error-times = Будь ласка, вкажіть початок і кінець візиту.

## Групові заходи

nav-activities = Групові заходи
activities-title = Групові заходи
activities-add-heading = Записати груповий захід
activities-kind-label = Вид
activities-title-label = Назва
activities-date-label = Дата (порожньо: сьогодні)
activities-site-label = Місце роботи (необов’язково)
activities-start-label = Початок (необов’язково)
activities-duration-label = Тривалість у хвилинах (необов’язково)
activities-volunteers-label = Волонтери (кількість)
activities-anonymous-label = Анонімні учасники (кількість)
activities-persons-label = Зареєстровані особи (псевдонім)
activities-co-facilitators-label = Також проводили
activities-co-facilitators-none = На цьому пристрої ще не відомо жодного колеги.
activities-age-band-label = Вікова група анонімних учасників
activities-gender-label = Стать анонімних учасників
activities-facilitators = Проводили: { $initials }
activities-note-label = Нотатка (конфіденційно, необов’язково)
activities-save = Зберегти груповий захід
activities-added = Груповий захід «{ $title }» збережено.
activities-list-heading =
    { $count ->
        [0] Групових заходів ще немає
        [one] { $count } груповий захід
        [few] { $count } групові заходи
        [many] { $count } групових заходів
       *[other] { $count } групового заходу
    }
activities-empty = Запишіть перший груповий захід за допомогою форми.
activities-column-date = Дата
activities-column-title = Назва
activities-column-kind = Вид
activities-column-attendance = Загальна участь
activities-attendance-detail = зареєстровано: { $registered } · анонімно: { $anonymous } · волонтерів: { $volunteers }
activities-attendance-edit = Змінити участь
activities-attendance-heading = Участь у «{ $title }»
activities-attendance-save = Зберегти участь
activities-attendance-cancel = Скасувати
activities-attendance-saved = Участь у «{ $title }» збережено.

## Налаштування: строки зберігання

retention-heading = Строки зберігання
retention-hint = Визначте, як довго зберігаються дані, перегляньте записи, строк зберігання яких минув, і видаліть їх після підтвердження.
retention-years-label = Строк у роках
retention-no-limit = Без обмеження
retention-save = Зберегти строк
retention-saved = Строк збережено.
retention-due-none = Строк не встановлено: нічого не підлягає видаленню.
retention-due =
    { $count ->
        [0] Нічого не підлягає видаленню (дата відліку { $date }).
        [one] { $count } запис старший за { $date } і підлягає видаленню.
        [few] { $count } записи старші за { $date } і підлягають видаленню.
        [many] { $count } записів старші за { $date } і підлягають видаленню.
       *[other] { $count } запису старші за { $date } і підлягають видаленню.
    }
retention-apply = Видалити записи, строк яких минув …
retention-confirm =
    Остаточно видалити { $count ->
        [one] { $count } запис
        [few] { $count } записи
        [many] { $count } записів
       *[other] { $count } запису
    } категорії «{ $category }»? Це неможливо скасувати.
retention-apply-confirm = Так, видалити остаточно
retention-apply-cancel = Скасувати
retention-deleted =
    { $count ->
        [one] Видалено { $count } запис.
        [few] Видалено { $count } записи.
        [many] Видалено { $count } записів.
       *[other] Видалено { $count } запису.
    }

## Налаштування: журнал доступу

protocol-heading = Журнал доступу
protocol-hint = Хто, коли й який запис переглядав, змінював, експортував чи видаляв – спершу найновіші. Журнал неможливо змінити згодом.
protocol-entity-label = Лише записи щодо цього ID (необов’язково)
protocol-filter = Показати
protocol-empty = Записів немає.
protocol-column-time = Час
protocol-column-actor = Хто
protocol-column-action = Дія
protocol-column-entity = Запис
protocol-column-id = ID
protocol-older = Завантажити старіші записи

## Звіти

nav-reports = Звіти
reports-title = Звіти
reports-intro = Показники за квартал або за власний період – ті самі, що й у файлі XLSX. Малі числа приховано, щоб нікого не можна було впізнати. Кожен звіт фіксується в журналі.
reports-period-heading = Період і найменше опубліковане число
reports-quarter-option = { $quarter }-й квартал { $year }
reports-quarter-option-running = { $quarter }-й квартал { $year } (триває)
reports-custom-range = Власний період …
reports-from-label = З
reports-to-label = По
reports-date-placeholder = РРРР-ММ-ДД
reports-date-hint = Формат РРРР-ММ-ДД, напр. 2026-01-05. Обидва дні враховуються; щонайбільше три роки.
reports-k-label = Найменше опубліковане число k
reports-k-hint = Числа від 1 до k − 1 показано як «< k». Дозволено: від { $min } до { $max }.
reports-show = Показати
reports-save = Зберегти як XLSX
reports-language-hint = Звіт і файл XLSX створюються цією мовою. Вона діє для всього Feldbuch.
reports-loading = Звіт створюється …
reports-loaded = Показано звіт за { $period }.
reports-saved = Звіт збережено тут:
reports-range-required = Введіть початок і кінець періоду (РРРР-ММ-ДД).
reports-empty = Виберіть період і натисніть «Показати».
reports-period-range = з { $from } по { $to }
reports-figures-caption = Ключові показники порівняно з періодом порівняння
reports-incomplete-heading = Учасники з незаповненими обов’язковими полями
reports-incomplete-hint = Цей список видно лише тут, ніколи у файлі XLSX. Доповніть відсутні дані у справі особи, перш ніж подавати звіт.
reports-incomplete-empty = У всіх учасників періоду обов’язкові поля заповнено.
reports-incomplete-missing = Бракує: { $fields }
reports-sources-empty = За цей період немає даних із жодного пристрою.

## Обмін даними з центральним офісом

nav-exchange = Обмін
exchange-title = Обмін даними з центральним офісом
exchange-intro = Пакети експорту доставляють ваші записи до центрального офісу в зашифрованому вигляді – лише під псевдонімами, без справжніх імен і контактних даних. Кожен експорт і кожна зміна цих налаштувань фіксуються в журналі.
exchange-loading = Завантаження стану …
exchange-status-heading = Експорт
exchange-schedule = Періодичність
exchange-last-export = Останній експорт
exchange-next-due = Наступний експорт
exchange-never = ще не було
exchange-next-due-now = зараз (експорту ще не було)
exchange-due = Час зробити експорт: він очікується з { $date }.
exchange-due-first = Час зробити експорт: з цього пристрою ще нічого не експортовано.
exchange-queued =
    { $count ->
        [one] { $count } пакет експорту очікує: не вдалося записати в папку експорту. Його буде записано з наступним експортом.
        [few] { $count } пакети експорту очікують: не вдалося записати в папку експорту. Їх буде записано з наступним експортом.
        [many] { $count } пакетів експорту очікують: не вдалося записати в папку експорту. Їх буде записано з наступним експортом.
       *[other] { $count } пакета експорту очікують: не вдалося записати в папку експорту. Їх буде записано з наступним експортом.
    }
exchange-no-office-key = Експорт неможливий: бракує відкритого ключа центрального офісу. Введіть його в розділі «Налаштування експорту».
exchange-no-folder = Експорт неможливий: папку експорту не вказано. Виберіть її в розділі «Налаштування експорту».
exchange-export-full = Експортувати все, а не лише зміни
exchange-export-full-hint = Зазвичай експорт містить лише те, що змінилося після попереднього. Повний експорт допоможе, якщо центральний офіс загубив пакет.
exchange-export-now = Експортувати зараз
exchange-exporting = Триває експорт …
exchange-export-written = Пакет експорту { $file } записано в { $folder }. Записів: { $count }.
exchange-export-queued = Пакет експорту { $file } очікує: не вдалося записати в папку експорту { $folder }. Його буде записано з наступним експортом. Записів: { $count }.
exchange-export-earlier =
    { $count ->
        [one] Також записано { $count } пакет, що очікував.
        [few] Також записано { $count } пакети, що очікували.
        [many] Також записано { $count } пакетів, що очікували.
       *[other] Також записано { $count } пакета, що очікували.
    }
exchange-settings-heading = Налаштування експорту
exchange-folder-label = Папка експорту
exchange-folder-saved = Папку експорту збережено.
exchange-schedule-label = Періодичність експорту
exchange-schedule-hint = Від неї залежить нагадування на екрані «Сьогодні».
exchange-schedule-saved = Періодичність збережено.
exchange-office-key-label = Відкритий ключ центрального офісу
exchange-office-key-hint = Починається з «age1». Ви отримуєте його від центрального офісу.
exchange-office-key-set = Ключ центрального офісу введено.
exchange-office-key-missing = Ключ центрального офісу ще не введено.
exchange-office-key-save = Зберегти ключ
exchange-office-key-saved = Ключ збережено: { $key }
exchange-notes-label = Додавати нотатки до експорту
exchange-notes-warning = Нотатки – це особистий вільний текст, який може містити імена та інші відомості про людей. Вони залишають цей пристрій лише тоді, коли це налаштування ввімкнене. Кожна зміна фіксується в журналі.
exchange-notes-on = Нотатки надсилатимуться, починаючи з наступного експорту.
exchange-notes-off = Нотатки залишаються на цьому пристрої.
exchange-history-heading = Попередні експорти
exchange-history-empty = Експортів ще не було.
exchange-history-sequence = №
exchange-history-created = Створено
exchange-history-file = Файл
exchange-history-records = Записи
exchange-history-status = Стан
exchange-history-full = Повний
exchange-history-notes = З нотатками
exchange-history-written = записано
exchange-history-queued = очікує
exchange-yes = так
exchange-no = ні
exchange-enrolment-heading = Реєстрація в керівника команди
exchange-enrolment-hint = Керівникові вашої команди цей файл потрібен один раз, щоб імпортувати ваші експорти. Він містить ваше ім’я, ваші ініціали та відкриті ключі цього пристрою – жодних даних про людей.
exchange-enrolment-write = Створити файл реєстрації для керівника команди
exchange-enrolment-written = Файл реєстрації збережено тут:
exchange-enrolment-fingerprint = Відбиток цього пристрою – прочитай його вголос керівнику, коли він реєструє пристрій; його екран має показати те саме число:

## Обмін: лише для керівника команди

exchange-lead-heading = Керівник команди: реєстрація пристроїв та імпорт експортів
exchange-lead-hint = Тут збираються пакети експорту вашої команди. Кожен пакет перевіряється перед імпортом: підпис, контрольна сума та порядок.
exchange-identity-heading = Секретний ключ центрального офісу
exchange-identity-kept = Секретний ключ центрального офісу зберігається на цьому пристрої.
exchange-identity-missing = На цьому пристрої ще не збережено секретний ключ центрального офісу.
exchange-identity-hint = Ключ зберігається в Feldbuch у зашифрованому вигляді. Сам файл після цього можна знову покласти в надійне місце.
exchange-identity-save = Зберегти ключ
exchange-identity-saved = Ключ збережено. Відкритий ключ:
exchange-enrol-heading = Зареєструвати пристрій
exchange-enrol-hint = За файлом реєстрації пристрою ви можете імпортувати його експорти.
exchange-enrol-check = Перевірити файл
exchange-enrol-preview = Цей файл реєструє пристрій { $name } ({ $initials }).
exchange-enrol-preview-team = Цей файл реєструє пристрій { $name } ({ $initials }), команда { $team }.
exchange-enrol-compare = Попроси працівника прочитати відбиток на своєму екрані. Реєструй пристрій, лише якщо це саме він:
exchange-enrol-confirm = Той самий номер: зареєструвати
exchange-enrol-reject = Інший номер: не реєструвати
exchange-enrol-rejected = Не зареєстровано. Можливо, файл не з пристрою працівника: попроси новий особисто.
exchange-enrol-done = Зареєстровано: { $name } ({ $initials })
exchange-enrol-done-team = Зареєстровано: { $name } ({ $initials }), команда { $team }
exchange-devices-heading = Зареєстровані пристрої
exchange-devices-hint = Якщо пристрій загублено чи вкрадено, відклич його тут: з нього більше нічого не імпортується, хоч би що він про себе казав. Надіслане раніше залишається. Відкликання остаточне; пристрій на заміну реєструється заново.
exchange-devices-none = Ще жодного зареєстрованого пристрою.
exchange-devices-column-worker = Працівник
exchange-devices-column-fingerprint = Відбиток
exchange-devices-column-last = Останній пакет
exchange-devices-column-state = Стан
exchange-devices-last-bundle = № { $sequence }, { $date }
exchange-devices-no-bundle = ще немає
exchange-devices-enrolled = зареєстровано { $date }
exchange-devices-revoked = відкликано { $date }
exchange-devices-revoke = Відкликати …
exchange-devices-revoke-question = Остаточно відкликати пристрій { $name } ({ $initials })? Після цього з нього не імпортуватиметься жоден пакет експорту.
exchange-devices-revoke-yes = Так, відкликати остаточно
exchange-devices-revoke-no = Скасувати
exchange-import-heading = Імпорт пакетів експорту
exchange-import-paths-hint = З папки зчитуються всі пакети експорту (*.age), для кожного пристрою в порядку номерів; кожен пакет імпортується цілком або зовсім ні. Під час імпорту можна працювати далі.
exchange-import-accept-gap = Приймати прогалини
exchange-import-accept-gap-hint = Якщо бракує пакетів пристрою, що мали бути перед цими, зазвичай жоден із них не імпортується. З цією позначкою їх імпортують попри це, а прогалину занотовують.
exchange-import-no-identity = Імпорт неможливий: спершу збережіть секретний ключ центрального офісу на цьому пристрої.
exchange-import-start = Імпортувати
exchange-import-progress-label = Поступ
exchange-import-starting = Пошук файлів …
exchange-import-progress =
    Прочитано файл { $done } з { $total }, { $records ->
        [one] { $records } запис
        [few] { $records } записи
        [many] { $records } записів
       *[other] { $records } запису
    }
exchange-import-cancel = Скасувати
exchange-import-cancelling = Скасування …
exchange-import-cancelled = Імпорт зупинено. Пакетів, імпортованих цілком до зупинки: { $imported }. Інших файлів не торкалися; повторний імпорт тих самих файлів продовжить роботу.
exchange-import-summary =
    Імпортовано файлів: { $imported }, відхилено: { $refused }.
exchange-import-conflicts =
    { $count ->
        [one] { $count } запис має конфлікт.
        [few] { $count } записи мають конфлікт.
        [many] { $count } записів мають конфлікт.
       *[other] { $count } запису мають конфлікт.
    }
exchange-import-files-caption = Результат для кожного файлу
exchange-import-col-file = Файл
exchange-import-col-result = Результат
exchange-import-col-worker = Ініціали
exchange-import-col-sequence = №
exchange-import-col-records = Записи
exchange-import-col-applied = Застосовано
exchange-import-col-conflicts = Конфлікти
exchange-import-col-note = Примітка
exchange-import-imported = імпортовано
exchange-import-refused = відхилено
exchange-import-gap-note = Імпортовано попри прогалину: очікувався № { $expected }.
exchange-import-gap-hint = Якщо відсутні пакети вже не надійдуть, імпортуйте ще раз із позначкою «Приймати прогалини».
exchange-import-retry-gap = Імпортувати ще раз, приймаючи прогалини
exchange-conflicts-heading = Конфлікти під час об’єднання
exchange-conflicts-hint = Два пристрої надіслали той самий запис із різним вмістом – наприклад, попередній пристрій після передачі. Діє одна версія; ви можете прийняти іншу.
exchange-conflicts-empty = Відкритих конфліктів немає.
exchange-conflict-found = виявлено { $date }
exchange-conflict-versions =
    { $count ->
        [one] { $count } версія
        [few] { $count } версії
        [many] { $count } версій
       *[other] { $count } версії
    }
exchange-conflict-details = Порівняти версії
exchange-conflict-version = Пристрій { $device }, редакція { $revision }
exchange-conflict-current = застосовано
exchange-conflict-take = Прийняти цю версію
exchange-conflict-erased = видалено
exchange-conflict-resolved = Прийнято.
exchange-conflict-resolved-travels = Прийнято; з наступним пакетом офісу версія надійде на пристрій, який веде особу.
exchange-handover-heading = Передати випадок
exchange-handover-hint = Особа з її згодами та відкритими нагадуваннями переходить на пристрій колеги. Пристрої дізнаються про це з наступним пакетом офісу; попередній пристрій зберігає особу лише для читання, без справжнього імені та контактів.
exchange-handover-person = Особа
exchange-handover-device = Приймає
exchange-handover-device-choose = Оберіть пристрій …
exchange-handover-submit = Передати
exchange-handover-done = { $pseudonym } передано { $initials } з { $consents } згодами та { $followups } відкритими нагадуваннями. Тепер створіть пакет для пристроїв команди.
exchange-handover-pick-person = Оберіть рівно одну особу.
exchange-handover-pick-device = Оберіть пристрій, який приймає особу.

## Сьогодні: нагадування про експорт

today-export-due = Час зробити експорт для центрального офісу: він очікується з { $date }.
today-export-due-first = Час зробити експорт для центрального офісу: з цього пристрою ще нічого не експортовано.
today-export-queued =
    { $count ->
        [one] { $count } пакет експорту ще очікує на папку експорту.
        [few] { $count } пакети експорту ще очікують на папку експорту.
        [many] { $count } пакетів експорту ще очікують на папку експорту.
       *[other] { $count } пакета експорту ще очікують на папку експорту.
    }
today-export-due-go = Перейти до обміну

## Налаштування: резервні копії

backups-heading = Резервні копії
backups-hint = Зашифровані копії ваших даних на цьому пристрої. Раз на день Feldbuch сам створює копію у фоновому режимі після розблокування; тим часом можна працювати далі. Зберігаються сім останніх.
backups-problem = Автоматичне резервне копіювання не вдалося: { $message }
backups-now = Створити копію зараз
backups-now-busy = Створення копії …
backups-cancelled = Резервне копіювання скасовано. Незавершену копію не збережено.
backups-cancel = Скасувати резервне копіювання
backups-running = Резервне копіювання у фоновому режимі: { $percent } %
backups-made = Резервну копію { $file } створено.
backups-empty = Резервних копій ще немає.
backups-column-time = Час
backups-column-kind = Вид
backups-column-size = Розмір
backups-column-actions = Дії
backups-restore = Відновити …
backups-confirm = Ваші поточні дані буде замінено станом на { $date }. Поточний стан буде збережено як резервну копію.
backups-passphrase-label = Ваш пароль для підтвердження
backups-passphrase-required = Введіть пароль, щоб підтвердити відновлення.
backups-restore-confirm = Відновити
backups-restore-busy = Триває відновлення …
backups-restore-cancel = Скасувати
backups-restored = Стан на { $date } відновлено. Попередній стан збережено як резервну копію.

# Verlauf (journal)
nav-journal = Журнал
journal-title = Журнал
journal-filters = Фільтри
journal-from = Від (РРРР-ММ-ДД)
journal-to = До (РРРР-ММ-ДД)
journal-site = Місце роботи
journal-kind = Вид
journal-topic = Тема
journal-any = – усі –
journal-contacts = Контакти
journal-activities = Групові заходи
journal-show = Показати
journal-list-heading = Записи, найновіші спершу
journal-empty = Для цього вибору записів немає.
journal-older = Завантажити старіші записи
journal-attendance = Учасників: { $count }

# Einstellungen: keys
settings-keys-heading = Ключі
settings-passphrase-heading = Змінити парольну фразу
settings-passphrase-current = Поточна парольна фраза
settings-passphrase-new = Нова парольна фраза (щонайменше { $min } символів)
settings-passphrase-change = Змінити парольну фразу
settings-passphrase-changed = Парольну фразу змінено. Відтепер розблоковуй новою.
settings-recovery-heading = Новий ключ відновлення
settings-recovery-intro = Якщо записаний ключ загубився або його хтось бачив: новий замінює його, а старий більше не діє.
settings-recovery-passphrase = Парольна фраза для підтвердження
settings-recovery-new = Створити новий ключ
settings-recovery-written = Я його записав(ла)

exchange-receive-heading = Пакет офісу
exchange-receive-hint = Керівник команди передає вам пакет офісу: хто у вашій команді, місця роботи й партнери програми та ключ офісу. Приймайте кожен новий — він приносить свої зміни.
exchange-receive-signer = Пакети приймаються лише з цим ключем вашого керівника:
exchange-receive-fingerprint-label = Відбиток ключа керівника
exchange-receive-fingerprint-hint = Лише першого разу: керівник зачитує число зі свого екрана; введіть його. Пакет з іншим ключем буде відхилено.
exchange-receive-button = Прийняти пакет
exchange-receive-done = Пакет № { $sequence } від { $initials } прийнято: членів команди — { $team }, місць роботи — { $sites }, партнерів — { $partners }.
exchange-receive-key-changed = Також прийнято ключ офісу для ваших експортів.
exchange-publish-heading = Пакет для пристроїв команди
exchange-publish-hint = Хто в команді, довідник місць роботи й партнерів з їхніми послугами, ваші години відвідувань і ключ офісу — для кожного зареєстрованого пристрою. Передайте файл пристроям; кожен приймає його в розділі «Обмін».
exchange-publish-button = Створити пакет для команди
exchange-publish-written = Пакет № { $sequence } для { $devices } пристроїв збережено як:
exchange-publish-fingerprint = Зачитайте це число, коли пристрій приймає свій перший пакет:
exchange-publish-unreachable = { $count ->
    [one] Один зареєстрований пристрій не може його відкрити: його зареєстровано старішою версією Feldbuch. Зареєструйте його знову з новим файлом реєстрації.
    [few] { $count } зареєстровані пристрої не можуть його відкрити: їх зареєстровано старішою версією Feldbuch. Зареєструйте їх знову з новими файлами реєстрації.
   *[other] { $count } зареєстрованих пристроїв не можуть його відкрити: їх зареєстровано старішою версією Feldbuch. Зареєструйте їх знову з новими файлами реєстрації.
}
reports-programme-all = Усі програми
programme-none = Без програми
today-office-package-missing = На цьому пристрої ще немає пакета офісу. Зареєструйте його в керівника в розділі «Обмін» і прийміть його пакет: тоді ваша команда, місця роботи та партнери програми будуть тут ще до першого контакту.
lists-heading = Програми та райони
lists-hint = Для всієї команди: пристрої отримають обидва списки з наступним пакетом офісу (у розділі «Обмін»). Якщо є список районів, кожен введений район зберігається так, як його пише список.
lists-programmes-heading = Програми
lists-programmes-empty = Ще немає програм: усе належить до всіх.
lists-programme-label = Нова програма
lists-districts-heading = Райони
lists-districts-empty = Ще немає списку: райони — вільний текст.
lists-district-label = Новий район
lists-add = Додати
lists-added = { $name } додано.
lists-name-required = Введіть назву.
sites-merge-heading = Об’єднати
sites-merge-hint = Для місця, яке пристрій створив до отримання довідника: його контакти, групові заходи й відвідування зараховуватимуться до вибраного місця; пристрої перенесуть свої з наступним пакетом офісу. Скасувати неможливо.
sites-merge-into = Об’єднати з
sites-merge-button = Об’єднати …
sites-merge-choose = Виберіть місце, з яким об’єднати це.
sites-merge-question = Остаточно об’єднати «{ $name }» з «{ $into }»?
sites-merge-yes = Так, об’єднати
sites-merge-no = Ні
sites-merged = { $name } об’єднано з { $into }.
exchange-receive-new-lead = Від нового пристрою керівника (замінений ноутбук, новий керівник): прийняти його ключ замість збереженого
exchange-devices-no-packages = Ще не може отримати пакет офісу: зареєстрований старішою версією Feldbuch. Нехай пристрій запише новий файл реєстрації, і зареєструйте його знову.
person-handed-over = Керівник команди передав цю особу { $initials }. Тут вона лишається лише для читання, для ваших власних контактів; справжнє ім'я та контакти видалено з цього пристрою.
person-link-heading = Рахувати один раз для команди
person-link-hint = Якщо команда зустрічає ту саму особу в кількох місцях, у звіті вона рахується один раз, коли всі її зв'яжуть. З ініціалів, року народження та статі утворюється ключовий хеш; ініціали не зберігаються, жодне ім'я не залишає пристрій.
person-link-initials = Ініціали (ім'я та прізвище)
person-link-year = Рік народження
person-link-gender = Стать
person-link-gender-choose = оберіть
person-link-submit = Зв'язати
person-link-linked = Зв'язано для команди: у звіті керівника ця особа рахується один раз, навіть якщо колеги теж її зв'язали.
person-link-remove = Зняти зв'язок
person-link-question =
    { $count ->
        [one] Команда вже знає одну особу з такими даними. Це та сама особа?
       *[other] Команда вже знає { $count } осіб з такими даними. Це та сама особа?
    }
person-link-same = Так, та сама – зв'язати
person-link-other = Ні, інша особа
person-link-fields-required = Вкажіть ініціали, рік народження та стать.
partners-merge-heading = Об'єднати
partners-merge-hint = Для партнера, створеного пристроєм до появи довідника: його направлення, згоди та послуги рахуватимуться в обраного партнера (послуга з такою самою назвою стане однією); пристрої перенесуть свої з наступним пакетом офісу. Це не можна скасувати.
partners-merge-into = Об'єднати з
partners-merge-button = Об'єднати …
partners-merge-choose = Оберіть партнера, з яким об'єднати цього.
partners-merge-question = Остаточно об'єднати «{ $name }» з «{ $into }»?
partners-merge-yes = Так, об'єднати
partners-merge-no = Ні
partners-merged = { $name } об'єднано з { $into }.
dir-own-kind = Вид у програмі: { $kind }
