## Словник, спільний для всіх екранів, інтерфейсу командного рядка та звітів.
## Ідентифікатори відповідають kebab-case-ідентифікаторам сховища даних: <prefix>-<id>.

## Типи місць роботи
site-kind-kita = Дитячий садок/сімейний центр (KiTa)
site-kind-fruehe-hilfen = Рання допомога (Frühe Hilfen)
site-kind-schule = Школа
site-kind-arztpraxis = Кабінет лікаря
site-kind-quartierszentrum = Центр кварталу
site-kind-beratungsstelle = Консультаційний центр
site-kind-jobcenter = Центр зайнятості (Jobcenter)
site-kind-oeffentlicher-raum = Громадський простір/вулиця
site-kind-sonstiges = Інше

## Види контактів
contact-kind-erstkontakt = Перший контакт
contact-kind-folgekontakt = Повторний контакт
contact-kind-beratung = Консультація
contact-kind-begleitung = Супровід
contact-kind-kurzkontakt = Короткий контакт/розмова мимохідь
contact-kind-telefonat = Телефонна розмова
contact-kind-gruppenangebot = Групове заняття
contact-kind-netzwerkkontakt = Контакт із партнерами мережі

## Теми
topic-einsamkeit = Самотність/соціальна ізоляція
topic-wohnen = Житло
topic-arbeit = Робота/центр зайнятості (Jobcenter)
topic-gesundheit = Здоров’я
topic-finanzen = Фінанси/борги
topic-familie = Сім’я/діти
topic-sprache = Мова/інтеграція
topic-behoerden = Державні установи/заяви
topic-freizeit = Дозвілля/зустрічі
topic-sonstiges = Інше

## Вікові групи
age-band-unter-18 = до 18
age-band-18-29 = 18–29
age-band-30-54 = 30–54
age-band-55-64 = 55–64
age-band-ab-65 = 65 і старше
age-band-unbekannt = невідомо

## Стать
gender-weiblich = жіноча
gender-maennlich = чоловіча
gender-divers = інша (divers)
gender-keine-angabe = не вказано

## Ролі
role-worker = Фахівець
role-lead = Керівник команди
role-volunteer = Волонтер – провідник з інтеграції

## Назви мов (кожна своєю мовою)
locale-name-de = Deutsch
locale-name-en = English
locale-name-tr = Türkçe
locale-name-ar = العربية
locale-name-uk = Українська

## Підписи полів
label-id = ID
label-date = Дата
label-start = Початок
label-duration = Тривалість (хв)
label-site = Місце роботи
label-kind = Вид
label-anonymous = Анонімно
label-age-band = Вікова група
label-gender = Стать
label-topics = Теми
label-note = Нотатка
label-follow-up = Нагадування
label-revision = Редакція
label-name = Ім’я/назва
label-district = Район
label-worker = Фахівець
anonymous-people = { $count ->
    [one] { $count } анонімна особа
    [few] { $count } анонімні особи
    [many] { $count } анонімних осіб
   *[other] { $count } анонімної особи
}

## Ознаки особи (життєва ситуація та ознаки вразливості за критеріями грантодавця)
marker-wohnungslos = без житла
marker-grundsicherung = базове соціальне забезпечення/SGB II
marker-alleinerziehend = самостійно виховує дітей
marker-fluchterfahrung = досвід біженства
marker-behinderung = інвалідність
marker-einsam = почувається самотньо
marker-drittstaatsangehoerig = громадянство третьої країни
marker-migrationshintergrund = іноземне походження
marker-minderheit = меншина

## Згода
consent-scope-documentation = Документування персональних даних
consent-scope-forwarding = Передавання даних партнерові
consent-scope-participant-reporting = Звітування грантодавцеві про учасників
consent-form-written = письмова
consent-form-verbal = усна

## Типи партнерів (Netzwerkpartner)
partner-kind-quartiersmanagement = Управління кварталом (Quartiersmanagement)
partner-kind-verein = Громадське об’єднання
partner-kind-religionsgemeinschaft = Релігійна громада
partner-kind-beratungsstelle = Консультаційний центр
partner-kind-gesundheit = Охорона здоров’я
partner-kind-jobcenter = Центр зайнятості (Jobcenter)
partner-kind-behoerde = Державна установа
partner-kind-foerderer = Спонсор/меценат
partner-kind-sonstiges = Інше

## Статус направлення (Vermittlung)
referral-status-vorgeschlagen = запропоновано
referral-status-vereinbart = домовлено
referral-status-wahrgenommen = відвідано
referral-status-nicht-wahrgenommen = не відвідано
referral-status-abgebrochen = скасовано

## Види групових занять (Gruppenangebote)
activity-kind-repair-cafe = Ремонтне кафе (Repair-Café)
activity-kind-urban-gardening = Міське садівництво (Urban Gardening)
activity-kind-garten-cafe = Садове кафе
activity-kind-kompetenztraining = Тренінг навичок
activity-kind-coaching = Коучинг
activity-kind-netzwerktreffen = Зустріч партнерів мережі
activity-kind-sonstiges = Інше

## Результат контакту
outcome-informiert = поінформовано
outcome-beraten = проконсультовано
outcome-vermittelt = направлено
outcome-begleitet = супроводжено
outcome-termin-vereinbart = домовлено про зустріч
outcome-kein-bedarf = немає потреби
outcome-sonstiges = інше

## Дані учасників (ESF Plus)
employment-erwerbstaetig = працює (зокрема як самозайнята особа)
employment-arbeitslos = безробітна особа
employment-langzeitarbeitslos = тривало безробітна особа
employment-nicht-erwerbstaetig = економічно неактивна особа
employment-in-ausbildung = навчається в школі, на професійному навчанні або у виші
education-isced-0-2 = ISCED 0–2 (до базової середньої освіти)
education-isced-3-4 = ISCED 3–4 (профільна середня, післясередня освіта)
education-isced-5-8 = ISCED 5–8 (вища освіта)
household-alleinlebend = проживає сам/сама
household-alleinerziehend = самостійно виховує дітей
household-erwerbsloser-haushalt = домогосподарство без працюючих
household-sonstiger = інше домогосподарство
household-keine-angabe = не вказано

## Категорії зберігання
retention-category-closed-persons = закриті справи осіб
retention-category-notes = нотатки до контактів
retention-category-done-followups = виконані нагадування
retention-category-closed-referrals = завершені направлення

## Статус особи
person-status-active = активна
person-status-closed = закрита

## Інші підписи полів
label-yes = так
label-no = ні
label-status = Статус
label-participant-entry = Вступ до програми
label-participant-exit = Вихід із програми
label-employment = Статус зайнятості
label-education = Рівень освіти
label-household = Тип домогосподарства
label-given-on = дата надання
label-withdrawn-on = дата відкликання
label-minutes = хв
label-outcome = Результат
label-language = Мова
label-interpreter = Усний переклад
label-done-on = дата виконання
label-partner = Партнер
label-service = Послуга
label-title = Назва
label-volunteers = Волонтери
label-attendance = Участь
label-due-on = строк
label-what = Що

## Довідка (DSGVO, ст. 15): вивантаження всіх даних, що зберігаються про особу
auskunft-title = Звіт про доступ до даних за ст. 15 GDPR щодо «{ $pseudonym }»
auskunft-intro = Усі дані, що зберігаються про цю особу; створено { $at } (UTC).
auskunft-section-person = Дані про особу
auskunft-section-consents = Згоди
auskunft-section-contacts = Контакти
auskunft-section-referrals = Направлення
auskunft-section-followups = Нагадування
auskunft-section-attendance = Участь у групових заняттях
auskunft-section-audit = Журнал доступу: хто й коли мав доступ до цих даних

## Журнал аудиту (Protokoll)
audit-action-init = налаштовано
audit-action-create = створено
audit-action-update = змінено
audit-action-delete = видалено
audit-action-view = переглянуто
audit-action-unlock = розблоковано
audit-action-recover = відновлено
audit-action-search = виконано пошук
audit-action-export = експортовано
audit-action-erase = стерто (ст. 17)
audit-action-import = імпортовано
audit-action-backup = створено резервну копію
audit-action-restore = відновлено з резервної копії
audit-action-revoke = відкликано
audit-action-archive = архівовано
audit-action-unarchive = повернуто з архіву
audit-action-hand-over = передано
audit-entity-store = Сховище даних
audit-entity-worker = Фахівець
audit-entity-site = Місце роботи
audit-entity-visit-slot = Час відвідування
audit-entity-district = Район
audit-entity-programme = Програма
audit-entity-vocabulary = словник
audit-entity-partner = Партнер
audit-entity-service = Послуга
audit-entity-person = Особа
audit-entity-consent = Згода
audit-entity-contact = Контакт
audit-entity-referral = Направлення
audit-entity-activity = Групове заняття
audit-entity-followup = Нагадування
audit-entity-note = Нотатки
audit-entity-retention = Зберігання
audit-entity-device = Пристрій
audit-entity-setting = Налаштування
audit-entity-bundle = Пакет експорту
audit-entity-office-bundle = Пакет офісу
audit-entity-report = Звіт
audit-entity-backup = Резервна копія

## Дні тижня (1 = понеділок)
weekday-1 = Понеділок
weekday-2 = Вівторок
weekday-3 = Середа
weekday-4 = Четвер
weekday-5 = П’ятниця
weekday-6 = Субота
weekday-7 = Неділя

export-schedule-weekly = щотижня
export-schedule-monthly = щомісяця
export-schedule-quarterly = щокварталу
backup-kind-scheduled = щоденна
backup-kind-manual = вручну
backup-kind-pre-migration = перед оновленням
backup-kind-pre-restore = перед відновленням
