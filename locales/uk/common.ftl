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
