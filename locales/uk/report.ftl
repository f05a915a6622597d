# Квартальний звіт (XLSX, екран «Звіти», `feldbuch report`).

report-title = Feldbuch – звіт за { $period }
report-sheet-overview = Огляд
report-sheet-contacts = Контакти
report-sheet-topics = Теми
report-sheet-referrals = Направлення
report-sheet-activities = Групові заходи
report-sheet-participants = Учасники
report-sheet-method = Методика

report-period = Звітний період
report-programme = Програма
report-previous-period = Період порівняння
report-generated = Дата створення
report-total = Усього
report-not-stated = не вказано

report-head-figure = Показник
report-head-change = Зміна
report-head-month = Місяць
report-head-district = Район
report-head-contact-kind = Вид контакту
report-head-topic = Тема
report-head-partner-kind = Тип партнера
report-head-activity-kind = Вид заходу
report-head-gender = Стать
report-head-age = Вік на момент вступу
report-head-employment = Статус зайнятості на момент вступу
report-head-education = Рівень освіти (ISCED) на момент вступу
report-head-household = Тип домогосподарства на момент вступу
report-head-marker = Ознака вразливості
report-head-field = Обов’язкове поле

report-col-contacts = Контакти
report-col-share = Частка
report-col-activities = Заходи
report-col-attendance = Участь
report-col-volunteers = Волонтери
report-col-entries = Вступи
report-col-exits = Виходи
report-col-missing = не вказано (осіб)

report-figure-contacts = Контакти
report-figure-volunteer-contacts = з них контакти волонтерів
report-figure-persons = Охоплені особи (зареєстровані)
report-figure-anonymous-people = Люди, охоплені анонімно
report-figure-anonymous-contacts = Анонімні контакти
report-figure-new-persons = Нові особи
report-figure-referrals = Направлення
report-figure-activities = Групові заходи
report-figure-attendance = Участь у групових заходах
report-figure-hours = Години аутріч-роботи

report-define-contacts = Усі контакти, записані за період на всіх пристроях.
report-define-volunteer-contacts = Контакти періоду, записані на пристроях волонтерів (провідників з інтеграції); частина всіх контактів.
report-define-persons = Різні зареєстровані особи, пов’язані щонайменше з одним контактом періоду. Особи, зв’язані для підрахунку в команді (ті самі ініціали, рік народження та стать, підтверджені працівниками), рахуються один раз, навіть якщо їх ведуть кілька пристроїв.
report-define-anonymous-people = Сума людей, врахованих анонімно, за всіма контактами періоду.
report-define-anonymous-contacts = Контакти без пов’язаної зареєстрованої особи.
report-define-new-persons = Особи, записані протягом періоду.
report-define-referrals = Направлення, зроблені протягом періоду, з їхнім статусом на сьогодні.
report-define-activities = Групові заходи з датою в межах періоду.
report-define-attendance = Зареєстровані учасники плюс анонімно враховані відвідувачі цих заходів.
report-define-hours = Сумарна тривалість контактів у годинах (один знак після коми).

report-table-contacts-month = Контакти за місяцями та типами місць роботи
report-table-contacts-district = Контакти за районами місць роботи
report-table-contacts-kind = Контакти за видами контакту
report-table-topics = Теми контактів
report-table-referrals = Направлення за типами партнерів і статусом
report-table-activities = Групові заходи, участь і волонтери
report-table-participants-gender = Учасники за статтю
report-table-participants-age = Учасники за віком на момент вступу
report-table-participants-employment = Учасники за статусом зайнятості
report-table-participants-education = Учасники за рівнем освіти (ISCED)
report-table-participants-household = Учасники за типом домогосподарства
report-table-participants-markers = Учасники з ознаками вразливості (можливо кілька)
report-table-anonymous = Анонімно охоплені особи за віковою групою та статтю
report-table-participants-results = Результати на момент виходу (ESF Plus, можливо кілька)
report-head-result = Результат
report-result-job-searching = Шукає роботу
report-result-in-education = Навчається або проходить професійне навчання
report-result-qualification = Здобув(ла) кваліфікацію
report-result-employed = Працює, зокрема самозайнятість
report-result-not-recorded = Результат не зафіксовано
report-table-completeness = Повнота обов’язкових полів

report-chart-months = Контакти за місяцями
report-chart-site-kinds = Контакти за типами місць роботи

report-topics-note = Один контакт може мати кілька тем. Частку обчислено від усіх контактів періоду.
report-participants-note = Характеристики на момент вступу до програми (ESF Plus). Вступи та виходи з датою у звітному періоді; лише особи, які дали згоду на звітування про учасників.
report-completeness-note = Учасники періоду, у яких не заповнене обов’язкове поле. Список цих осіб показується лише в самому Feldbuch (Звіти), ніколи – у цьому файлі.

report-age-unter-18 = до 18
report-age-18-29 = 18–29
report-age-30-54 = 30–54
report-age-ab-55 = 55 і старше

report-field-entry-date = Дата вступу
report-field-gender = Стать
report-field-age = Рік народження або вікова група
report-field-employment = Статус зайнятості
report-field-education = Рівень освіти (ISCED)
report-field-household = Тип домогосподарства

report-month = { $month } { $year }
report-month-1 = Січень
report-month-2 = Лютий
report-month-3 = Березень
report-month-4 = Квітень
report-month-5 = Травень
report-month-6 = Червень
report-month-7 = Липень
report-month-8 = Серпень
report-month-9 = Вересень
report-month-10 = Жовтень
report-month-11 = Листопад
report-month-12 = Грудень

report-mark-small = < { $k }
report-mark-protect = x
report-method-sdc-title = Малі числа
report-method-sdc = Числа від 1 до { $k } − 1 не публікуються; замість них показано «< { $k }». Нулі показуються.
report-method-secondary-title = Вторинне приховування
report-method-secondary = Клітинки, приховані для захисту малого числа, позначено «{ report-mark-protect }»: вони можуть містити будь-яке значення від 0 до підсумку таблиці. Кожен звіт перевіряється цілком методом цілочисельного програмування – рядки й стовпці одночасно, а також підсумки, спільні для кількох таблиць (контакти; вступи й виходи), – і приховуються нові клітинки, доки кожна клітинка, показана як «< { $k }», попри всі опубліковані числа й підсумки ще може мати будь-яке значення від 1 до { $k } − 1.
report-method-limits-title = Обмеження
report-method-limits = Кожен звіт перевіряється окремо; зіставлення звітів за різні періоди чи з різними порогами не враховується. У межах звіту враховуються суми, але не те, що одне число не може перевищувати інше (контакти на певну тему не перевищують усіх контактів, ознаки — кількості вступів). Файл містить лише агреговані числа: жодних імен, псевдонімів чи нотаток.
report-definitions = Визначення
report-sources = Джерела даних (пристрої)
report-source-device = Пристрій
report-source-team = Команда
report-source-contacts = Контакти за період
report-source-bundles = Імпортовані пакети
report-source-last-seq = Номер останнього пакета
report-source-last-import = Останній імпорт
report-source-this-device = { $id } (цей пристрій)

report-table-own-site-kinds = Контакти за власними типами місць програми
report-table-own-contact-kinds = Контакти за власними видами контактів програми
report-table-own-topics = Власні теми програми (кілька на контакт)
report-table-own-partner-kinds = Направлення за власними видами партнерів програми
report-table-own-markers = Учасники з власними ознаками програми (кілька на особу)
report-table-own-activity-kinds = Групові заходи за власними видами програми
report-head-own-term = Власне поняття (уточнює)
report-own-term = { $term } ({ $of })
report-own-rest-without = { $of } без «{ $term }»
report-own-rest = { $of }: інші
