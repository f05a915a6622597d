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
