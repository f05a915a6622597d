## Помилки. Ідентифікатор – це `code`, що передається через IPC і який виводить інтерфейс командного рядка.

error-internal = Сталася внутрішня помилка. Нічого не змінено.
error-io = Файл або папка недоступні ({ $kind }). Нічого не змінено.
error-not-initialised = Feldbuch тут ще не налаштовано. Спершу налаштуйте його (запустіть застосунок або виконайте «feldbuch init»).
error-already-initialised = Feldbuch тут уже налаштовано.
error-wrong-passphrase = Неправильний пароль.
error-wrong-recovery-key = Ключ відновлення не відповідає цьому сховищу даних.
error-malformed-recovery-key = Це недійсний ключ відновлення (13 груп по 4 символи).
error-keyring-unavailable = Системна зв’язка ключів недоступна. Feldbuch зберігає свій ключ лише там і без нього нічого не відкриває.
error-keyring-locked = Системну зв’язку ключів заблоковано. Розблокуйте її (увійдіть у систему на комп’ютері) і спробуйте ще раз.
error-keyring-entry-missing = У зв’язці ключів немає запису для цього сховища даних. Розблокуйте за допомогою ключа відновлення.
error-locked = Feldbuch заблоковано. Будь ласка, розблокуйте його.
error-cancelled = Скасовано. Нічого незавершеного не збережено.
error-store-unreadable = Сховище даних неможливо прочитати цим ключем, або воно пошкоджене.
error-key-file-damaged = Файл ключа пошкоджено.
error-schema-too-new = Це сховище даних створено новішою версією Feldbuch (схема { $found }; ця версія знає схему { $known }).
error-forbidden = У вас немає дозволу на це.
error-verify-failed = Перевірка не вдалася.
error-usage = Неправильна команда: { $detail }
error-passphrase-required = Пароль не вказано: задайте FELDBUCH_PASSPHRASE, використайте --passphrase-file або запустіть програму в терміналі.
error-passphrase-file = Не вдалося прочитати файл із паролем.
error-passphrase-too-short = Пароль закороткий: мінімальна кількість символів – { $min }.
error-passphrase-too-long = Пароль задовгий: максимальна кількість символів – { $max }.
error-passphrase-mismatch = Паролі не збігаються.
error-invalid-id = «{ $value }» – недійсний ID.
error-invalid-site-kind = «{ $value }» – невідомий тип місця роботи.
error-invalid-contact-kind = «{ $value }» – невідомий вид контакту.
error-invalid-topic = «{ $value }» – невідома тема.
error-invalid-age-band = «{ $value }» – невідома вікова група.
error-invalid-gender = «{ $value }» – невідоме значення статі.
error-invalid-role = «{ $value }» – невідома роль.
error-invalid-locale = «{ $value }» – недоступна мова.
error-invalid-initials = Ініціали «{ $value }» можуть містити лише літери.
error-text-required = { $field ->
    [name] Поле «Ім’я/назва»
    [initials] Поле «Ініціали»
    [team] Поле «Команда»
    [district] Поле «Район»
    [note] Поле «Нотатка»
    [site] Поле «Місце роботи»
    [pseudonym] Поле «Псевдонім»
    [real-name] Поле «Справжнє ім’я»
    [contact-info] Поле «Контактні дані»
    [title] Поле «Назва»
    [service] Поле «Послуга»
    [address] Поле «Адреса»
    [contact-person] Поле «Контактна особа»
    [what] Поле «Опис»
    [reason] Поле «Причина»
    [query] Поле «Пошуковий запит»
   *[other] Поле
} не може бути порожнім.
error-text-too-long = { $field ->
    [name] Текст у полі «Ім’я/назва»
    [initials] Текст у полі «Ініціали»
    [team] Текст у полі «Команда»
    [district] Текст у полі «Район»
    [note] Текст у полі «Нотатка»
    [site] Текст у полі «Місце роботи»
    [pseudonym] Текст у полі «Псевдонім»
    [real-name] Текст у полі «Справжнє ім’я»
    [contact-info] Текст у полі «Контактні дані»
    [title] Текст у полі «Назва»
    [service] Текст у полі «Послуга»
    [address] Текст у полі «Адреса»
    [contact-person] Текст у полі «Контактна особа»
    [what] Текст у полі «Опис»
    [reason] Текст у полі «Причина»
    [query] Текст у полі «Пошуковий запит»
   *[other] Текст
} задовгий (максимальна кількість символів – { $max }).
error-text-invalid = { $field ->
    [name] Поле «Ім’я/назва»
    [initials] Поле «Ініціали»
    [team] Поле «Команда»
    [district] Поле «Район»
    [note] Поле «Нотатка»
    [site] Поле «Місце роботи»
    [pseudonym] Поле «Псевдонім»
    [real-name] Поле «Справжнє ім’я»
    [contact-info] Поле «Контактні дані»
    [title] Поле «Назва»
    [service] Поле «Послуга»
    [address] Поле «Адреса»
    [contact-person] Поле «Контактна особа»
    [what] Поле «Опис»
    [reason] Поле «Причина»
    [query] Поле «Пошуковий запит»
   *[other] Текст
} містить недопустимі керівні символи.
error-invalid-date = «{ $value }» – недійсна дата (РРРР-ММ-ДД).
error-date-in-future = Дата { $value } ще не настала.
error-invalid-time = «{ $value }» – недійсний час (ГГ:ХХ).
error-invalid-duration = Тривалість у хвилинах має бути від { $min } до { $max } (введено: { $value }).
error-invalid-anonymous-count = Кількість анонімних осіб має бути від { $min } до { $max } (введено: { $value }).
error-anonymous-details-without-count = Вікова група й стать стосуються лише анонімних осіб: вкажіть їхню кількість.
error-invalid-anonymous-group = «{ $value }» — не група: кількість, потім вікова група й стать, напр. 2:unter-18:weiblich.
error-anonymous-groups-and-details = Вкажіть вікову групу й стать у групах, а не поруч.
error-anonymous-count-mismatch = Групи разом дають { $sum } осіб, а кількість — { $count }.
error-follow-up-before-contact = Дата нагадування ({ $value }) раніша за дату контакту.
error-invalid-range = Неправильний період: { $from } пізніше, ніж { $to }.
error-invalid-auto-lock = Час до автоматичного блокування у хвилинах має бути від { $min } до { $max } (введено: { $value }).
error-site-exists = Місце роботи «{ $name }» уже існує.
error-site-not-found = Місце роботи «{ $value }» не знайдено.
error-contact-not-found = Контакт з ID { $id } не знайдено.
error-invalid-marker = «{ $value }» – невідома ознака.
error-invalid-consent-scope = «{ $value }» – невідомий обсяг згоди.
error-invalid-consent-form = «{ $value }» – невідома форма згоди (письмова або усна).
error-invalid-birth-year = Рік народження має бути від { $min } до { $max } (введено: { $value }).
error-invalid-language = «{ $value }» – не код мови (дві або три малі латинські літери, напр. de, tr, ar).
error-consent-required = Справжнє ім’я та контактні дані можна зберігати лише за наявності згоди на документування.
error-person-not-found = Особу з ID { $id } не знайдено.
error-consent-not-found = Згоду з ID { $id } не знайдено.
error-consent-already-withdrawn = Цю згоду вже відкликано.
error-invalid-withdrawal-date = Дата відкликання ({ $value }) раніша за дату згоди або ще не настала.
error-too-many-persons = До контакту можна прив’язати щонайбільше { $max } осіб.
error-person-needs-consent = «{ $pseudonym }» не має згоди на документування, тому цю особу можна враховувати лише анонімно.
error-consent-needs-partner = Згода на передавання даних стосується конкретного партнера: вкажіть його.
error-consent-partner-only-forwarding = Партнера можна вказати лише для згоди на передавання даних.
error-invalid-partner-kind = «{ $value }» – невідомий тип партнера.
error-partner-exists = Партнер «{ $name }» уже існує.
error-partner-not-found = Партнера «{ $value }» не знайдено.
error-service-exists = У цього партнера вже є послуга «{ $name }».
error-service-not-found = У «{ $partner }» немає послуги «{ $value }».
error-too-many-services = Партнер може мати щонайбільше { $max } послуг.
error-invalid-weekday = День тижня має бути від { $min } (понеділок) до { $max } (неділя) (введено: { $value }).
error-slot-end-before-start = Час відвідування має закінчуватися ({ $end }) пізніше, ніж починається ({ $start }).
error-slot-not-found = Час відвідування з ID { $id } не знайдено.
error-invalid-referral-status = «{ $value }» – невідомий статус направлення.
error-referral-not-found = Направлення з ID { $id } не знайдено.
error-referral-needs-person-or-contact = Для направлення потрібна особа або контакт, з якого воно походить.
error-referral-status-step = Направлення не може перейти зі статусу «{ $from }» у статус «{ $to }».
error-referral-status-date = Дата { $value } раніша за останній статус направлення.
error-invalid-activity-kind = «{ $value }» – невідомий вид групового заняття.
error-activity-not-found = Групове заняття з ID { $id } не знайдено.
error-invalid-volunteers-count = Кількість волонтерів має бути від { $min } до { $max } (введено: { $value }).
error-too-many-attendees = До групового заняття можна прив’язати щонайбільше { $max } зареєстрованих осіб; інших враховуйте анонімно.
error-too-many-co-facilitators = Групове заняття може назвати щонайбільше { $max } колег, які проводили його разом.
error-co-facilitator-unknown = Цей колега невідомий на цьому пристрої: { $id }
error-followup-not-found = Нагадування з ID { $id } не знайдено.
error-followup-already-done = Це нагадування вже виконано.
error-partner-archived = Партнер «{ $name }» в архіві: спершу поверніть його з архіву.
error-service-archived = Послуга «{ $name }» в архіві: спершу поверніть її з архіву.
error-followup-not-done = Це нагадування ще відкрите.
error-invalid-outcome = «{ $value }» – невідомий результат.
error-invalid-employment = «{ $value }» – невідомий статус зайнятості.
error-invalid-education = «{ $value }» – невідомий рівень освіти (isced-0-2, isced-3-4, isced-5-8).
error-invalid-household = «{ $value }» – невідомий тип домогосподарства.
error-participant-needs-consent = «{ $pseudonym }» не має згоди на звітування про учасників.
error-not-a-participant = «{ $pseudonym }» не зареєстровано як учасника програми.
error-exit-before-entry = Дата виходу ({ $value }) раніша за дату вступу.
error-person-already-closed = Справу цієї особи вже закрито.
error-search-no-words = Пошуковий запит не містить жодного слова.
error-search-too-many-words = Пошуковий запит може містити щонайбільше { $max } слів.
error-invalid-draft = Чернетка недійсна, тому її не збережено.
error-invalid-retention-category = «{ $value }» – невідома категорія зберігання.
error-invalid-retention-years = Строк зберігання має бути від { $min } до { $max } років (введено: { $value }).
error-retention-no-period = Для «{ $category }» не встановлено строку зберігання.
error-confirm-required = Це остаточно видаляє дані: підтвердьте за допомогою --yes.
error-revoke-confirm-required = Відкликання остаточне: після нього з цього пристрою нічого не імпортується. Підтвердьте за допомогою --yes.
error-file-exists = Файл { $path } уже існує; його не буде перезаписано.
error-invalid-format = «{ $value }» – невідомий формат (text або json).
error-retention-years-or-none = Вкажіть або --years, або --none.

# Exchange with the central office
error-bundle-malformed = Файл не є дійсним пакетом експорту Feldbuch (помилка в: { $detail }).
error-bundle-bad-signature = Підпис пакета не відповідає зареєстрованому пристрою: пакет змінено або він з іншого пристрою.
error-bundle-too-large = Пакет експорту більший, ніж дозволено, і не буде прочитаний.
error-bundle-not-a-bundle = Файл не є зашифрованим пакетом експорту Feldbuch.
error-bundle-foreign = Пакет експорту зашифровано не для ключа цього офісу.
error-bundle-damaged = Пакет експорту пошкоджений або неповний.
error-bundle-hash-mismatch = Вміст пакета не відповідає його контрольній сумі: його змінено.
error-bundle-version = Пакет експорту має формат { $version }, якого ця версія Feldbuch не знає.
error-enrolment-malformed = Файл не є дійсною реєстрацією пристрою Feldbuch.
error-enrolment-bad-signature = Реєстрацію пристрою змінено: підпис не збігається.
error-office-key-unreadable = У { $path } немає ключа офісу.
error-office-recipient-invalid = Це не публічний ключ офісу (він починається з «age1»).
error-export-no-office = Для експорту потрібен публічний ключ офісу.
error-export-no-folder = Папку для експорту не вказано.
error-export-folder-invalid = Папка для експорту недійсна.
error-enrolment-key-changed = Цей пристрій уже зареєстровано з іншим ключем. Замінений пристрій реєструється заново.
error-enrolment-fingerprint-changed = Файл реєстрації тепер має інший відбиток, ніж той, що ви порівняли. Нічого не зареєстровано: перевірте файл ще раз.
error-device-revoked = Пристрій { $initials } відкликано { $date }: з нього більше нічого не імпортується, і його не можна зареєструвати знову. Пристрій на заміну реєструється як новий.
error-device-not-enrolled = Цей пристрій тут не зареєстровано.
error-on-or-off = «{ $value }» неможливо: лише on або off.
error-bundle-unknown-device = Пакет експорту надійшов з пристрою, не зареєстрованого тут ({ $initials }). Спершу зареєструйте пристрій за його файлом реєстрації.
error-bundle-already-imported = Пакет { $sequence } від { $initials } уже імпортовано; він нічого не змінює.
error-bundle-replay = Під номером { $sequence } від { $initials } уже імпортовано інший пакет: цей відхилено.
error-bundle-gap = Бракує пакетів від { $initials }: очікується номер { $expected }, а це номер { $found }. Спершу імпортуйте відсутні або підтвердьте, що приймаєте прогалину.
error-bundle-worker-mismatch = Пакет експорту називає іншого працівника, ніж того, для якого зареєстровано пристрій ({ $initials }): його відхилено.
error-bundle-not-owner = Пакет експорту намагається змінити запис, який створив не його пристрій ({ $entity }): пристрій записує лише те, що створив сам. Увесь пакет відхилено.
error-bundle-invalid-value = Пакет експорту містить недійсне значення ({ $field }): його відхилено.
error-enrolment-worker-taken = Цього працівника вже зареєстровано з іншим пристроєм: реєстрація не може перейняти чужий ідентифікатор.
error-invalid-quarter = «{ $value }» – не квартал (напр. 2026-Q3).
error-invalid-period = Період з { $from } до { $to } недійсний: він не може закінчуватися раніше, ніж починається, і може охоплювати щонайбільше три роки.
error-invalid-k = Найменше опубліковане число має бути від { $min } до { $max } (вказано: { $value }).

error-invalid-export-schedule = «{ $value }» – не розклад експорту (weekly, monthly або quarterly).
error-file-unreadable = Файл { $file } неможливо прочитати.
error-recovery-key-required = Вкажіть ключ відновлення (FELDBUCH_RECOVERY_KEY, --key-file або в терміналі).
error-office-identity-missing = На цьому пристрої немає ключа центрального офісу. Спершу додайте файл ключа центрального офісу.
error-import-no-bundles = Пакетів експорту (*.age) не знайдено.
error-import-some-refused = Відхилено { $refused } з { $total } файлів; усі інші імпортовано.
error-path-invalid = Вкажіть шлях (файл або папку).
error-request-invalid = Запит не відповідає цій команді; нічого не змінено. ({ $detail })
error-disk-full = Диск заповнений. Нічого не змінено. Звільніть місце і спробуйте ще раз.
error-read-only = Сюди неможливо записати (лише для читання). Нічого не змінено.
error-backup-unknown = Резервної копії «{ $file }» немає.
error-backup-damaged = Ця резервна копія пошкоджена або не належить до цього сховища. Нічого не змінено.
error-backup-running = Резервне копіювання вже виконується.
error-import-running = Імпорт уже виконується.
error-seed-confirm = «seed» записує вигадані місця, особи та контакти до цього сховища даних. Їх буде експортовано й пораховано у звіті, і відрізнити їх від справжніх потім неможливо. Лише для сховищ для вимірювань і навчання: підтвердьте за допомогою --yes.
error-not-written-here = Feldbuch показує в теці лише файли, які записав сам.
error-show-in-folder-failed = Не вдалося відкрити теку ({ $detail }).

## Пакети офісу (керівник → пристрої)
error-office-no-recipients = Жоден зареєстрований пристрій ще не може отримати пакет офісу. Спершу зареєструйте пристрої команди; пристрої, зареєстровані старішою версією Feldbuch, реєструються знову.
error-office-not-office = Цей файл не є пакетом офісу.
error-office-bundle-own = Цей пакет офісу опубліковано на цьому пристрої.
error-office-signer-changed = Цей пакет офісу підписано іншим ключем, ніж попередні пакети вашого офісу. Його не прийнято; зверніться до керівника команди.
error-office-fingerprint-mismatch = Ключ цього пакета офісу має відбиток { $fingerprint }, а не введений. Його не прийнято; зверніться до керівника команди.
error-office-already-received = Пакет офісу номер { $sequence } тут уже прийнято.
error-office-bundle-old = Пакет офісу номер { $sequence } старіший за вже прийнятий тут (номер { $last }); він скасував би новіші зміни.
error-directory-office-entry = Цей запис походить із довідника офісу; змінити його може лише керівник команди.
error-office-fingerprint-required = Це перший пакет офісу на цьому пристрої: введіть відбиток ключа керівника, як він його зачитує вголос, щоб ніхто інший не міг видати пакет за офісний.
error-district-invalid = «{ $name }» — не назва району.
error-district-exists = Цей район уже є в списку: { $name }.
error-too-many-districts = У списку вже { $max } районів.
error-district-unknown = Список офісу не знає району «{ $name }». Виберіть район зі списку або попросіть керівника команди додати його.
error-programme-exists = Така програма вже є: { $name }.
error-too-many-programmes = Уже є { $max } програм.
error-programme-unknown = Програми «{ $name }» тут немає.
error-site-merge-invalid = «{ $name }» не можна об’єднати з «{ $into }»: це те саме місце, або одне з них уже об’єднано чи заархівовано.
error-person-handed-over = Керівник команди передав цю особу колезі; тут вона лишається лише для читання, для ваших власних контактів.
error-handover-same-device = Особа вже на цьому пристрої.
error-handover-volunteer = Випадки не передаються на пристрій волонтера.
error-handover-revoked = Цей пристрій заблоковано; йому нічого не передається.
error-conflict-not-found = Для { $id } немає відкритого конфлікту.
error-conflict-no-version = Пристрій { $device } не надсилав жодної версії цього запису.
error-conflict-erased = Ця версія — видалення; видалити може лише пристрій, який зараз веде особу.
error-link-initials = Ініціали: 2 або 3 літери, напр. «AK».
error-link-no-secret = Ключа для підрахунку в команді ще немає: він надійде з пакетом офісу.
error-link-match = Команда вже знає { $matches } особу(-и) з такими самими даними. Зв'язуйте лише, якщо це та сама особа (з --confirm).
error-partner-merge-invalid = «{ $name }» не можна об'єднати з «{ $into }»: той самий партнер, або один з них уже об'єднано чи заархівовано.
error-vocab-kind = «{ $kind }» — не словник, який можна розширити: site-kind, contact-kind, topic, activity-kind, partner-kind, outcome або marker.
error-vocab-id = «{ $id }» не годиться як ідентифікатор: від 2 до 40 малих латинських літер, цифр або дефісів, напр. «notunterkunft».
error-vocab-built-in = «{ $id }» уже вбудовано.
error-vocab-parent = Для «{ $id }» бракує вбудованого запису, який він уточнює (--parent; вид контакту його потребує), або той не пасує до цього словника (ознака не має жодного).
error-vocab-label = Бракує назви (один рядок, до 80 символів) для мови { $locale }; кожне розширення потребує назв de, en, tr, ar та uk.
error-vocab-exists = «{ $id }» уже є в цьому словнику.
error-vocab-too-many = Словник приймає щонайбільше { $max } власних записів.
error-vocab-unknown = «{ $id }» у { $kind } не вбудовано і програма його не додавала.
