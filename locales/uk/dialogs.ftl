# Feldbuch – вибір файлів і папок: кожен шлях вибирають у власному вікні системи, його ніколи
# не вводять вручну (Обмін, Налаштування, Звіти). Заголовки видно в рядку заголовка вікна,
# фільтри – у виборі типів файлів.

## Загальне

dlg-no-folder = Папку ще не вибрано
dlg-no-file = Файл ще не вибрано
dlg-file-required = Спочатку виберіть файл.
dlg-filter-bundles = Пакети експорту (*.age)
dlg-filter-enrolment = Файли реєстрації (*.json)
dlg-filter-xlsx = Книги Excel (*.xlsx)
dlg-filter-pdf = Документи PDF (*.pdf)
dlg-filter-text = Текстові файли (*.txt)
dlg-filter-json = Файли JSON (*.json)

## Обмін і Налаштування: папка експорту

dlg-export-folder-choose = Вибрати папку експорту …
dlg-export-folder-title = Виберіть папку експорту
dlg-export-folder-hint = Наприклад, папка на USB-накопичувачі чи мережевому диску. Вибрану папку буде одразу збережено.

## Обмін: секретний ключ центрального офісу

dlg-office-identity-label = Файл ключа центрального офісу
dlg-office-identity-choose = Вибрати файл ключа …
dlg-office-identity-title = Виберіть файл ключа центрального офісу

## Обмін: зареєструвати пристрій

dlg-enrol-label = Файл реєстрації
dlg-enrol-choose = Вибрати файл реєстрації …
dlg-enrol-title = Виберіть файл реєстрації пристрою

## Обмін: імпорт пакетів експорту

dlg-import-label = Вибрані пакети експорту та папки
dlg-import-none = Ще нічого не вибрано.
dlg-import-required = Виберіть принаймні один пакет експорту або папку.
dlg-import-choose-files = Вибрати пакети експорту …
dlg-import-choose-folder = Вибрати папку …
dlg-import-files-title = Виберіть пакети експорту для імпорту
dlg-import-folder-title = Виберіть папку з пакетами експорту
dlg-import-remove = Вилучити
dlg-import-remove-label = Вилучити: { $name }

## Звіти

dlg-report-save-as = Зберегти як …
dlg-report-save-title = Зберегти звіт у форматі XLSX
dlg-office-bundle-label = Пакет офісу
dlg-office-bundle-choose = Вибрати пакет …
dlg-office-bundle-title = Виберіть пакет офісу
