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
   *[other] Текст
} містить недопустимі керівні символи.
error-invalid-date = «{ $value }» – недійсна дата (РРРР-ММ-ДД).
error-date-in-future = Дата { $value } ще не настала.
error-invalid-time = «{ $value }» – недійсний час (ГГ:ХХ).
error-invalid-duration = Тривалість у хвилинах має бути від { $min } до { $max } (введено: { $value }).
error-invalid-anonymous-count = Кількість анонімних осіб має бути від { $min } до { $max } (введено: { $value }).
error-anonymous-details-without-count = Вікова група й стать стосуються лише анонімних осіб: вкажіть їхню кількість.
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
