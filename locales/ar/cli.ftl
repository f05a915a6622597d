## واجهة سطر الأوامر (feldbuch)

cli-error = خطأ: { $message }
cli-passphrase-prompt = كلمة المرور:
cli-new-passphrase-prompt = كلمة المرور الجديدة (8 أحرف على الأقل):
cli-repeat-passphrase-prompt = أعد إدخال كلمة المرور:
cli-init-done = تم إعداد Feldbuch للمستخدم { $name } في المجلد { $dir }.
cli-recovery-key-intro = هذا مفتاح الاسترداد الخاص بك. اكتبه الآن على ورقة واحفظه في مكان آمن – لن يُعرض مرة أخرى أبدًا:
cli-site-added = تمت إضافة مكان العمل «{ $name }» ({ $id }).
cli-no-sites = لا توجد أماكن عمل بعد.
cli-contact-added = تم حفظ اللقاء: { $id }
cli-contact-updated = تم تعديل اللقاء: { $id } (المراجعة { $revision })
cli-contact-deleted = تم حذف اللقاء: { $id }
cli-no-contacts = لا توجد لقاءات في هذه الفترة.
cli-contacts-count = { $count ->
    [zero] لا توجد لقاءات
    [one] لقاء واحد
    [two] لقاءان
    [few] { $count } لقاءات
    [many] { $count } لقاءً
   *[other] { $count } لقاء
}
cli-verify-ok = نجح الفحص: قاعدة البيانات والتشفير سليمان، عدد إدخالات سجل التدقيق: { $entries }، سلسلة التجزئة غير منقطعة.
cli-verify-problem = لم ينجح الفحص: قاعدة البيانات { $integrity }، التشفير { $cipher }، المفاتيح الخارجية { $fk }، سلسلة التجزئة { $chain }.
cli-check-ok = سليم
cli-check-failed = به أخطاء
cli-seed-done = تم الإنشاء في { $seconds } ث: اللقاءات { $contacts }، أماكن العمل { $sites }، الأشخاص { $persons }.
