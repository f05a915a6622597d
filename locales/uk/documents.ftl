# Feldbuch – документи для клієнтів і для центрального офісу: що Feldbuch записує у файл
# (підтвердження згоди, список присутніх, анкета учасника у форматі PDF, звіт про доступ), куди
# його кладе системне вікно збереження, і «Показати в папці» після цього. Тексти всередині
# PDF-файлів — у print.ftl.

## Загальне: після запису файлу

doc-show-in-folder = Показати в папці

## Справа особи: згоди

doc-consent-print = Надрукувати підтвердження …
doc-consent-locale-label = Мова підтвердження
doc-consent-locale-hint = Підтвердження спершу німецькою, потім цією мовою. Попередньо вибрано першу з мов особи, яку знає Feldbuch.
doc-consent-save-title = Зберегти підтвердження згоди у форматі PDF
doc-consent-printed = Підтвердження збережено тут:

## Справа особи: анкета учасника (ESF Plus)

doc-stammblatt-heading = Анкета учасника (ESF Plus)
doc-stammblatt-hint = Дані на момент вступу та виходу у форматі PDF, щоб перевірити й підписати.
doc-stammblatt-print = Надрукувати анкету учасника …
doc-stammblatt-save-title = Зберегти анкету учасника у форматі PDF
doc-stammblatt-printed = Анкету учасника збережено тут:

## Справа особи: звіт про доступ у вибраному форматі

doc-auskunft-save-heading = Зберегти звіт про доступ як …
doc-auskunft-save-hint = Виберіть формат і мову; потім Feldbuch запитає, куди зберегти файл. Дія фіксується в журналі.
doc-auskunft-format-label = Формат
doc-auskunft-format-text = Текст (.txt)
doc-auskunft-format-json = JSON (.json, машинозчитуваний)
doc-auskunft-format-pdf = PDF (.pdf, для друку)
doc-auskunft-locale-label = Мова звіту про доступ
doc-auskunft-save-as = Зберегти як …
doc-auskunft-save-title = Зберегти звіт про доступ

## Групові заходи: список присутніх

doc-attendance-print = Список присутніх …
doc-attendance-save-title = Зберегти список присутніх у форматі PDF
doc-attendance-printed = Список присутніх збережено тут:
