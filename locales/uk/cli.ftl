## Інтерфейс командного рядка (feldbuch)

cli-error = Помилка: { $message }
cli-passphrase-prompt = Пароль:
cli-new-passphrase-prompt = Новий пароль (щонайменше 8 символів):
cli-repeat-passphrase-prompt = Повторіть пароль:
cli-init-done = Feldbuch налаштовано для { $name } у папці { $dir }.
cli-recovery-key-intro = Ваш ключ відновлення. Запишіть його зараз на папері й зберігайте в надійному місці – його більше ніколи не буде показано:
cli-site-added = Місце роботи «{ $name }» додано ({ $id }).
cli-no-sites = Місць роботи ще немає.
cli-contact-added = Контакт збережено: { $id }
cli-contact-updated = Контакт змінено: { $id } (редакція { $revision })
cli-contact-deleted = Контакт видалено: { $id }
cli-no-contacts = За цей період контактів немає.
cli-contacts-count = { $count ->
    [one] { $count } контакт
    [few] { $count } контакти
    [many] { $count } контактів
   *[other] { $count } контакту
}
cli-verify-ok = Перевірку пройдено: база даних і шифрування цілі, записів у журналі аудиту: { $entries }, ланцюжок хешів не порушено.
cli-verify-problem = Перевірку НЕ пройдено: база даних – { $integrity }, шифрування – { $cipher }, зовнішні ключі – { $fk }, ланцюжок хешів – { $chain }.
cli-check-ok = у порядку
cli-check-failed = ПОМИЛКА
cli-seed-done = Згенеровано за { $seconds } с: контактів – { $contacts }, місць роботи – { $sites }, осіб – { $persons }.

## Тексти довідки (feldbuch --help)

cli-help-usage = Використання
cli-help-options = Параметри
cli-help-commands = Команди
cli-help-flag = Показати довідку
cli-version-flag = Показати версію
cli-about = Feldbuch – зашифроване документування для виїзної соціальної роботи (аутріч), без інтернету.
cli-about-init = Налаштувати Feldbuch: профіль, ключі та зашифроване сховище даних; ключ відновлення показується лише один раз.
cli-about-site = Керувати місцями роботи.
cli-about-site-add = Додати місце роботи.
cli-about-site-list = Показати список місць роботи.
cli-about-contact = Записувати й переглядати контакти.
cli-about-contact-add = Записати контакт.
cli-about-contact-list = Показати список контактів, за бажанням – за певний період.
cli-about-contact-show = Показати один контакт.
cli-about-contact-edit = Змінити контакт (ті самі параметри, що й під час запису; змінюється лише те, що вказано).
cli-about-contact-delete = Видалити контакт (залишається позначка про видалення для обміну даними).
cli-about-verify = Перевірити базу даних, шифрування та ланцюжок хешів журналу аудиту.
cli-about-seed = Заповнити сховище даних вигаданими тестовими даними (для вимірювань і демонстрацій).
cli-arg-data-dir = Папка даних (типово: системна папка даних, напр. ~/.local/share/feldbuch)
cli-arg-lang = Мова виведення: de, en, tr, ar, uk (типово: налаштування застосунку)
cli-arg-passphrase-file = Прочитати пароль із цього файлу (або задайте FELDBUCH_PASSPHRASE)
cli-arg-json = Вивести у форматі JSON
cli-arg-init-name = Ваше ім’я, як його бачить ваша команда
cli-arg-initials = Ваші ініціали (лише літери, не більше 4)
cli-arg-team = Ваша команда
cli-arg-role = Роль: worker (фахівець) або lead (керівник команди)
cli-arg-site-add-name = Назва місця роботи
cli-arg-site-add-kind = Тип: kita, fruehe-hilfen, schule, arztpraxis, quartierszentrum, beratungsstelle, jobcenter, oeffentlicher-raum, sonstiges
cli-arg-district = Район або квартал
cli-arg-site = Місце роботи (назва або ID)
cli-arg-kind = Вид контакту: erstkontakt, folgekontakt, beratung, begleitung, kurzkontakt, telefonat, gruppenangebot, netzwerkkontakt
cli-arg-date = Дата РРРР-ММ-ДД (типово: сьогодні)
cli-arg-start = Початок ГГ:ХХ
cli-arg-duration = Тривалість у хвилинах
cli-arg-anonymous = Кількість осіб, охоплених анонімно
cli-arg-age-band = Вікова група анонімних осіб: unter-18, 18-29, 30-54, 55-64, ab-65, unbekannt
cli-arg-gender = Стать анонімних осіб: weiblich, maennlich, divers, keine-angabe
cli-arg-topic = Тема (можна вказати кілька разів): einsamkeit, wohnen, arbeit, gesundheit, finanzen, familie, sprache, behoerden, freizeit, sonstiges
cli-arg-contact-edit-topic = Тема (можна вказати кілька разів); замінює всі попередні теми
cli-arg-note = Конфіденційна нотатка
cli-arg-contact-edit-note = Конфіденційна нотатка; порожня нотатка видаляє наявну
cli-arg-followup = Дата нагадування РРРР-ММ-ДД
cli-arg-contact-add-json = Вивести збережений контакт у форматі JSON
cli-arg-contact-edit-json = Вивести змінений контакт у форматі JSON
cli-arg-from = Від дати РРРР-ММ-ДД
cli-arg-to = До дати РРРР-ММ-ДД
cli-arg-id = ID контакту
cli-arg-contacts = Кількість контактів
cli-arg-sites = Кількість місць роботи
cli-arg-persons = Кількість осіб
cli-arg-years = Розподілити на стільки років до сьогодні
cli-arg-seed = Початкове значення генератора випадкових чисел (те саме значення – ті самі дані)

## Особи та згода (feldbuch person …, feldbuch consent …)

cli-person-added = Особу «{ $pseudonym }» додано ({ $id }).
cli-person-updated = Дані особи змінено: { $id } (редакція { $revision })
cli-no-persons = Осіб ще немає.
cli-consent-given = Згоду записано: { $id }
cli-consent-withdrawn = Згоду { $id } відкликано; дані про «{ $pseudonym }», на які вона поширювалася, видалено.
cli-consent-line = { $scope }, { $form }, надано { $given }
cli-consent-line-withdrawn = { $scope }, { $form }, надано { $given }, відкликано { $withdrawn }
label-pseudonym = Псевдонім
label-birth-year = Рік народження
label-languages = Мови
label-markers = Ознаки
label-real-name = Справжнє ім’я
label-contact-info = Контактні дані
label-consents = Згоди
cli-about-person = Керувати особами (під псевдонімами; справжні імена – лише за наявності згоди).
cli-about-person-add = Додати особу.
cli-about-person-list = Показати список осіб (лише псевдоніми).
cli-about-person-show = Показати дані особи (доступ фіксується в журналі аудиту).
cli-about-person-edit = Змінити дані особи (змінюється лише те, що вказано).
cli-about-consent = Керувати згодами особи.
cli-about-consent-give = Записати згоду.
cli-about-consent-withdraw = Відкликати згоду; дані, на які вона поширювалася, буде видалено.
cli-arg-pseudonym = Псевдонім, напр. ініціали та рік народження
cli-arg-birth-year = Рік народження
cli-arg-person-add-age-band = Вікова група: unter-18, 18-29, 30-54, 55-64, ab-65, unbekannt
cli-arg-person-edit-age-band = Вікова група: unter-18, 18-29, 30-54, 55-64, ab-65, unbekannt
cli-arg-person-add-gender = Стать: weiblich, maennlich, divers, keine-angabe
cli-arg-person-edit-gender = Стать: weiblich, maennlich, divers, keine-angabe
cli-arg-language = Код мови (можна вказати кілька разів), напр. de, tr, ar
cli-arg-marker = Ознака (можна вказати кілька разів): wohnungslos, grundsicherung, alleinerziehend, fluchterfahrung, behinderung, einsam, drittstaatsangehoerig, migrationshintergrund, minderheit
cli-arg-real-name = Справжнє ім’я (лише за наявності згоди на документування)
cli-arg-contact-info = Контактні дані (лише за наявності згоди на документування)
cli-arg-person-show-id = ID особи
cli-arg-person-edit-id = ID особи
cli-arg-person = ID особи
cli-arg-scope = Обсяг: documentation, forwarding, participant-reporting
cli-arg-form = Форма: written (письмова) або verbal (усна)
cli-arg-consent-give-on = Дата надання РРРР-ММ-ДД (типово: сьогодні)
cli-arg-consent-withdraw-on = Дата відкликання РРРР-ММ-ДД (типово: сьогодні)
cli-arg-consent = ID згоди
label-contacts = Контакти
cli-arg-contact-add-person = Особа, з якою був контакт (ID, можна кілька разів; потрібна згода на документування)
cli-arg-contact-edit-person = Особа, з якою був контакт (ID, можна кілька разів); замінює всіх раніше прив’язаних осіб
