## الأخطاء. المعرّف هو قيمة `code` التي تمرّ عبر IPC والتي تطبعها واجهة سطر الأوامر.

error-internal = حدث خطأ داخلي. لم يتم تغيير أي شيء.
error-io = تعذّر الوصول إلى ملف أو مجلد ({ $kind }). لم يتم تغيير أي شيء.
error-not-initialised = لم يتم إعداد Feldbuch هنا بعد. قم بإعداده أولًا (شغّل التطبيق أو نفّذ الأمر «feldbuch init»).
error-already-initialised = تم إعداد Feldbuch هنا من قبل.
error-wrong-passphrase = كلمة المرور غير صحيحة.
error-wrong-recovery-key = مفتاح الاسترداد لا يخص مخزن البيانات هذا.
error-malformed-recovery-key = هذا ليس مفتاح استرداد صالحًا (13 مجموعة، كل منها من 4 رموز).
error-keyring-unavailable = تعذّر الوصول إلى سلسلة مفاتيح النظام. يحفظ Feldbuch مفتاحه هناك فقط، ولا يفتح أي شيء من دونه.
error-keyring-locked = سلسلة مفاتيح النظام مقفلة. افتح قفلها (بتسجيل الدخول إلى الحاسوب) ثم حاول مرة أخرى.
error-keyring-entry-missing = لا يوجد في سلسلة المفاتيح إدخال لمخزن البيانات هذا. افتح القفل باستخدام مفتاح الاسترداد.
error-locked = Feldbuch مقفل. يُرجى فتح القفل.
error-cancelled = أُلغي. لم يُحفظ أي شيء غير مكتمل.
error-store-unreadable = لا يمكن قراءة مخزن البيانات بهذا المفتاح، أو أنه تالف.
error-key-file-damaged = ملف المفتاح تالف.
error-schema-too-new = أُنشئ مخزن البيانات هذا بإصدار أحدث من Feldbuch (المخطط { $found }، وهذا الإصدار يعرف المخطط { $known }).
error-forbidden = ليست لديك صلاحية للقيام بذلك.
error-verify-failed = فشل الفحص.
error-usage = أمر غير صالح: { $detail }
error-passphrase-required = لم تُدخل كلمة مرور: عيّن FELDBUCH_PASSPHRASE، أو استخدم --passphrase-file، أو شغّل البرنامج في الطرفية.
error-passphrase-file = تعذّرت قراءة ملف كلمة المرور.
error-passphrase-too-short = يجب ألا يقل عدد أحرف كلمة المرور عن { $min }.
error-passphrase-too-long = يجب ألا يزيد عدد أحرف كلمة المرور على { $max }.
error-passphrase-mismatch = كلمتا المرور غير متطابقتين.
error-invalid-id = «{ $value }» ليس معرّفًا صالحًا.
error-invalid-site-kind = «{ $value }» ليس نوعًا معروفًا من أماكن العمل.
error-invalid-contact-kind = «{ $value }» ليس نوع لقاء معروفًا.
error-invalid-topic = «{ $value }» ليس موضوعًا معروفًا.
error-invalid-age-band = «{ $value }» ليست فئة عمرية معروفة.
error-invalid-gender = «{ $value }» ليست قيمة معروفة للجنس.
error-invalid-role = «{ $value }» ليس دورًا معروفًا.
error-invalid-locale = «{ $value }» ليست لغة متاحة.
error-invalid-initials = يجب أن تتكوّن الأحرف الأولى «{ $value }» من حروف فقط.
error-text-required = { $field ->
    [name] يجب إدخال الاسم
    [initials] يجب إدخال الأحرف الأولى
    [team] يجب إدخال الفريق
    [district] يجب إدخال الحي
    [note] يجب إدخال الملاحظة
    [site] يجب إدخال مكان العمل
    [pseudonym] يجب إدخال الاسم المستعار
    [real-name] يجب إدخال الاسم الحقيقي
    [contact-info] يجب إدخال بيانات الاتصال
    [title] يجب إدخال العنوان
    [service] يجب إدخال الخدمة
    [address] يجب إدخال العنوان البريدي
    [contact-person] يجب إدخال جهة الاتصال
    [what] يجب إدخال الوصف
    [reason] يجب إدخال السبب
    [query] يجب إدخال نص البحث
   *[other] يجب ملء هذا الحقل
}.
error-text-too-long = { $field ->
    [name] الاسم طويل جدًا
    [initials] الأحرف الأولى طويلة جدًا
    [team] اسم الفريق طويل جدًا
    [district] اسم الحي طويل جدًا
    [note] الملاحظة طويلة جدًا
    [site] اسم مكان العمل طويل جدًا
    [pseudonym] الاسم المستعار طويل جدًا
    [real-name] الاسم الحقيقي طويل جدًا
    [contact-info] بيانات الاتصال طويلة جدًا
    [title] العنوان طويل جدًا
    [service] اسم الخدمة طويل جدًا
    [address] العنوان البريدي طويل جدًا
    [contact-person] اسم جهة الاتصال طويل جدًا
    [what] الوصف طويل جدًا
    [reason] السبب طويل جدًا
    [query] نص البحث طويل جدًا
   *[other] النص طويل جدًا
} (الحد الأقصى لعدد الأحرف: { $max }).
error-text-invalid = { $field ->
    [name] يحتوي الاسم
    [initials] تحتوي الأحرف الأولى
    [team] يحتوي اسم الفريق
    [district] يحتوي اسم الحي
    [note] تحتوي الملاحظة
    [site] يحتوي اسم مكان العمل
    [pseudonym] يحتوي الاسم المستعار
    [real-name] يحتوي الاسم الحقيقي
    [contact-info] تحتوي بيانات الاتصال
    [title] يحتوي العنوان
    [service] يحتوي اسم الخدمة
    [address] يحتوي العنوان البريدي
    [contact-person] يحتوي اسم جهة الاتصال
    [what] يحتوي الوصف
    [reason] يحتوي السبب
    [query] يحتوي نص البحث
   *[other] يحتوي النص
} على أحرف تحكّم غير مسموح بها.
error-invalid-date = «{ $value }» ليس تاريخًا صالحًا (YYYY-MM-DD).
error-date-in-future = التاريخ { $value } يقع في المستقبل.
error-invalid-time = «{ $value }» ليس وقتًا صالحًا (HH:MM).
error-invalid-duration = يجب أن تكون المدة بالدقائق بين { $min } و{ $max } (القيمة المُدخلة: { $value }).
error-invalid-anonymous-count = يجب أن يكون عدد الأشخاص مجهولي الهوية بين { $min } و{ $max } (القيمة المُدخلة: { $value }).
error-anonymous-details-without-count = الفئة العمرية والجنس يخصّان الأشخاص مجهولي الهوية فقط: أدخل عددهم.
error-invalid-anonymous-group = «{ $value }» ليست مجموعة: العدد ثم الفئة العمرية والجنس، مثل 2:unter-18:weiblich.
error-anonymous-groups-and-details = أدخل الفئة العمرية والجنس داخل المجموعات، لا بجانبها.
error-anonymous-count-mismatch = مجموع المجموعات { $sum } أشخاص، والعدد المُدخل { $count }.
error-follow-up-before-contact = موعد المتابعة ({ $value }) يقع قبل تاريخ اللقاء.
error-invalid-range = الفترة الزمنية غير صالحة: { $from } يقع بعد { $to }.
error-invalid-auto-lock = يجب أن تكون مدة القفل التلقائي بالدقائق بين { $min } و{ $max } (القيمة المُدخلة: { $value }).
error-site-exists = يوجد بالفعل مكان عمل باسم «{ $name }».
error-site-not-found = لم يتم العثور على مكان عمل باسم «{ $value }».
error-contact-not-found = لم يتم العثور على لقاء بالمعرّف { $id }.
error-invalid-marker = «{ $value }» ليست سمة معروفة.
error-invalid-consent-scope = «{ $value }» ليس نطاقًا معروفًا للموافقة.
error-invalid-consent-form = «{ $value }» ليس شكلًا معروفًا للموافقة (كتابية أو شفهية).
error-invalid-birth-year = يجب أن تكون سنة الميلاد بين { $min } و{ $max } (القيمة المُدخلة: { $value }).
error-invalid-language = «{ $value }» ليس رمز لغة (حرفان أو ثلاثة أحرف لاتينية صغيرة، مثل de، tr، ar).
error-consent-required = لا يجوز حفظ الاسم الحقيقي وبيانات الاتصال إلا بموافقة على التوثيق.
error-person-not-found = لم يتم العثور على شخص بالمعرّف { $id }.
error-consent-not-found = لم يتم العثور على موافقة بالمعرّف { $id }.
error-consent-already-withdrawn = تم سحب هذه الموافقة من قبل.
error-invalid-withdrawal-date = تاريخ سحب الموافقة ({ $value }) يقع قبل تاريخ الموافقة أو في المستقبل.
error-too-many-persons = لا يمكن ربط اللقاء بأكثر من { $max } شخصًا.
error-person-needs-consent = لا توجد لدى «{ $pseudonym }» موافقة على التوثيق، لذا لا يمكن احتسابه إلا بشكل مجهول الهوية.
error-consent-needs-partner = تسري الموافقة على نقل البيانات على شريك محدد: حدّد الشريك.
error-consent-partner-only-forwarding = لا يُربط الشريك إلا بموافقة على نقل البيانات.
error-invalid-partner-kind = «{ $value }» ليس نوعًا معروفًا من الشركاء.
error-partner-exists = يوجد بالفعل شريك باسم «{ $name }».
error-partner-not-found = لم يتم العثور على شريك باسم «{ $value }».
error-service-exists = توجد بالفعل لدى هذا الشريك خدمة باسم «{ $name }».
error-service-not-found = لا توجد لدى «{ $partner }» خدمة باسم «{ $value }».
error-too-many-services = لا يمكن أن يقدّم الشريك أكثر من { $max } خدمة.
error-invalid-weekday = يجب أن يكون يوم الأسبوع بين { $min } (الاثنين) و{ $max } (الأحد) (القيمة المُدخلة: { $value }).
error-slot-end-before-start = لا ينتهي موعد الزيارة ({ $end }) بعد بدايته ({ $start }).
error-slot-not-found = لم يتم العثور على موعد زيارة بالمعرّف { $id }.
error-invalid-referral-status = «{ $value }» ليست حالة معروفة للإحالة.
error-referral-not-found = لم يتم العثور على إحالة بالمعرّف { $id }.
error-referral-needs-person-or-contact = تحتاج الإحالة إلى شخص أو إلى اللقاء الذي نشأت عنه.
error-referral-status-step = لا يمكن أن تنتقل الإحالة من «{ $from }» إلى «{ $to }».
error-referral-status-date = التاريخ { $value } يقع قبل آخر حالة للإحالة.
error-invalid-activity-kind = «{ $value }» ليس نوعًا معروفًا من الأنشطة الجماعية.
error-activity-not-found = لم يتم العثور على نشاط جماعي بالمعرّف { $id }.
error-invalid-volunteers-count = يجب أن يكون عدد المتطوعين بين { $min } و{ $max } (القيمة المُدخلة: { $value }).
error-too-many-attendees = لا يمكن ربط النشاط الجماعي بأكثر من { $max } شخصًا مسجّلًا؛ احتسب الآخرين بشكل مجهول الهوية.
error-too-many-co-facilitators = يمكن للنشاط الجماعي أن يذكر { $max } من الزملاء المشاركين في إدارته على الأكثر.
error-co-facilitator-unknown = هذا الزميل غير معروف على هذا الجهاز: { $id }
error-followup-not-found = لم يتم العثور على متابعة بالمعرّف { $id }.
error-followup-already-done = تم إنجاز هذه المتابعة من قبل.
error-partner-archived = الشريك «{ $name }» مؤرشف: أخرِجه من الأرشيف أولًا.
error-service-archived = الخدمة «{ $name }» مؤرشفة: أخرِجها من الأرشيف أولًا.
error-followup-not-done = هذه المتابعة ما زالت مفتوحة.
error-invalid-outcome = «{ $value }» ليست نتيجة معروفة.
error-invalid-employment = «{ $value }» ليس وضعًا وظيفيًا معروفًا.
error-invalid-education = «{ $value }» ليس مستوى تعليميًا معروفًا (isced-0-2، isced-3-4، isced-5-8).
error-invalid-household = «{ $value }» ليس وضعًا معروفًا للأسرة المعيشية.
error-participant-needs-consent = لا توجد لدى «{ $pseudonym }» موافقة على الإبلاغ عن المشاركين.
error-not-a-participant = «{ $pseudonym }» غير مسجّل بوصفه مشاركًا.
error-exit-before-entry = تاريخ الخروج ({ $value }) يقع قبل تاريخ الدخول.
error-person-already-closed = ملف هذا الشخص مغلق من قبل.
error-search-no-words = لا يحتوي البحث على أي كلمة.
error-search-too-many-words = لا يمكن أن يحتوي البحث على أكثر من { $max } كلمة.
error-invalid-draft = المسودة غير صالحة ولم يتم حفظها.
error-invalid-retention-category = «{ $value }» ليست فئة معروفة للاحتفاظ بالبيانات.
error-invalid-retention-years = يجب أن تكون مدة الاحتفاظ بالسنوات بين { $min } و{ $max } (القيمة المُدخلة: { $value }).
error-retention-no-period = لم تُحدَّد مدة احتفاظ لفئة «{ $category }».
error-confirm-required = هذا الإجراء يحذف البيانات نهائيًا: أكّد باستخدام --yes.
error-revoke-confirm-required = الإلغاء نهائي: لن يُستورد شيء من هذا الجهاز بعده. أكّد باستخدام --yes.
error-file-exists = الملف { $path } موجود بالفعل؛ ولن تتم الكتابة فوقه.
error-invalid-format = «{ $value }» ليست صيغة معروفة (text أو json).
error-retention-years-or-none = حدّد إما --years أو --none.

# Exchange with the central office
error-bundle-malformed = الملف ليس حزمة تصدير صالحة من Feldbuch (الخلل في: { $detail }).
error-bundle-bad-signature = توقيع الحزمة لا يطابق الجهاز المسجَّل: تم تعديل الحزمة أو أنها من جهاز آخر.
error-bundle-too-large = حزمة التصدير أكبر من المسموح ولن تُقرأ.
error-bundle-not-a-bundle = الملف ليس حزمة تصدير مشفّرة من Feldbuch.
error-bundle-foreign = حزمة التصدير غير مشفّرة لمفتاح هذا المكتب.
error-bundle-damaged = حزمة التصدير تالفة أو ناقصة.
error-bundle-hash-mismatch = محتوى الحزمة لا يطابق مجموعها الاختباري: لقد تم تعديلها.
error-bundle-version = حزمة التصدير بالصيغة { $version } التي لا يعرفها هذا الإصدار من Feldbuch.
error-enrolment-malformed = الملف ليس تسجيل جهاز صالحًا من Feldbuch.
error-enrolment-bad-signature = تم تعديل تسجيل الجهاز: توقيعه غير مطابق.
error-office-key-unreadable = لا يحتوي { $path } على مفتاح المكتب.
error-office-recipient-invalid = هذا ليس المفتاح العام للمكتب (يبدأ بـ «age1»).
error-export-no-office = يلزم المفتاح العام للمكتب من أجل التصدير.
error-export-no-folder = لم يتم تحديد مجلد للتصدير.
error-export-folder-invalid = مجلد التصدير غير صالح.
error-enrolment-key-changed = هذا الجهاز مسجَّل بالفعل بمفتاح آخر. الجهاز البديل يُسجَّل من جديد.
error-enrolment-fingerprint-changed = لملف التسجيل الآن بصمة غير التي قارنتها. لم يُسجَّل شيء: افحص الملف من جديد.
error-device-revoked = أُلغي جهاز { $initials } بتاريخ { $date }: لن يُستورد منه شيء بعد الآن، ولا يمكن تسجيله من جديد. الجهاز البديل يُسجَّل كجهاز جديد.
error-device-not-enrolled = هذا الجهاز غير مسجَّل هنا.
error-on-or-off = «{ $value }» غير ممكن: فقط on أو off.
error-bundle-unknown-device = حزمة التصدير من جهاز غير مسجَّل هنا ({ $initials }). سجِّل الجهاز أولًا بملف تسجيله.
error-bundle-already-imported = تم استيراد الحزمة رقم { $sequence } من { $initials } من قبل؛ لن تغيّر شيئًا.
error-bundle-replay = تم من قبل استيراد حزمة أخرى بالرقم { $sequence } من { $initials }: تُرفض هذه الحزمة.
error-bundle-gap = هناك حزم ناقصة من { $initials }: الرقم المتوقع { $expected } وهذه الحزمة رقم { $found }. استورد الحزم الناقصة أولًا أو أكِّد قبولك للفجوة.
error-bundle-worker-mismatch = تذكر حزمة التصدير موظفًا غير الذي سُجّل الجهاز باسمه ({ $initials }): رُفضت.
error-bundle-not-owner = تحاول حزمة التصدير تغيير سجل لم ينشئه جهازها ({ $entity }): لا يكتب الجهاز إلا ما أنشأه بنفسه. رُفضت الحزمة كلها.
error-bundle-invalid-value = تحتوي حزمة التصدير على قيمة غير صالحة ({ $field }): رُفضت.
error-enrolment-worker-taken = هذا الموظف مسجّل بالفعل بجهاز آخر: لا يجوز لتسجيل أن يستولي على معرّف شخص آخر.
error-invalid-quarter = «{ $value }» ليس ربع سنة صالحًا (مثلًا 2026-Q3).
error-invalid-period = الفترة من { $from } إلى { $to } غير صالحة: لا يجوز أن تنتهي قبل أن تبدأ، ولا يجوز أن تتجاوز ثلاث سنوات.
error-invalid-k = يجب أن يكون أصغر عدد منشور بين { $min } و{ $max } (القيمة المُدخلة: { $value }).

error-invalid-export-schedule = «{ $value }» ليس جدولًا زمنيًا للتصدير (weekly أو monthly أو quarterly).
error-file-unreadable = تعذّرت قراءة الملف { $file }.
error-recovery-key-required = أدخل مفتاح الاستعادة (FELDBUCH_RECOVERY_KEY أو ‎--key-file أو في الطرفية).
error-office-identity-missing = لا يحمل هذا الجهاز مفتاح المكتب المركزي. أضف ملف مفتاح المكتب المركزي أولًا.
error-import-no-bundles = لم يُعثر على حزم تصدير (*.age).
error-import-some-refused = رُفض { $refused } من { $total } ملفات؛ واستُورد كل ما عداها.
error-path-invalid = يُرجى إدخال مسار (ملف أو مجلد).
error-request-invalid = الطلب لا يناسب هذا الأمر؛ لم يتغيّر شيء. ({ $detail })
error-disk-full = القرص ممتلئ. لم يتغيّر شيء. أفرِغ بعض المساحة ثم حاول مرة أخرى.
error-read-only = لا يمكن الكتابة هنا (للقراءة فقط). لم يتغيّر شيء.
error-backup-unknown = لا توجد نسخة احتياطية باسم «{ $file }».
error-backup-damaged = هذه النسخة الاحتياطية تالفة أو لا تخص هذا المخزن. لم يتغيّر شيء.
error-backup-running = يجري نسخ احتياطي بالفعل.
error-import-running = يجري استيراد بالفعل.
error-seed-confirm = يكتب الأمر “seed” أماكن وأشخاصًا ولقاءات مختلَقة في مخزن البيانات هذا. ستُصدَّر وتُحتسب في التقرير، ولا يمكن بعد ذلك تمييزها عن البيانات الحقيقية. للاستخدام في مخازن القياس والتدريب فقط: أكّد باستخدام --yes.
error-not-written-here = لا يعرض Feldbuch في المجلد إلا الملفات التي كتبها بنفسه.
error-show-in-folder-failed = تعذّر فتح المجلد ({ $detail }).

## حزم المكتب (من رئاسة الفريق إلى الأجهزة)
error-office-no-recipients = لا يوجد بعد جهاز مسجَّل يمكنه استلام حزمة المكتب. سجِّل أجهزة الفريق أولًا؛ الأجهزة المسجَّلة بإصدار أقدم من Feldbuch تُسجَّل من جديد.
error-office-not-office = هذا الملف ليس حزمة مكتب.
error-office-bundle-own = نُشرت حزمة المكتب هذه على هذا الجهاز.
error-office-signer-changed = حزمة المكتب هذه موقَّعة بمفتاح غير مفتاح الحزم السابقة من مكتبك. لم تُعتمد؛ اسأل رئاسة فريقك.
error-office-fingerprint-mismatch = بصمة مفتاح حزمة المكتب هذه { $fingerprint }، وليست البصمة المُدخلة. لم تُعتمد؛ اسأل رئاسة فريقك.
error-office-already-received = حزمة المكتب رقم { $sequence } اعتُمدت هنا من قبل.
error-office-bundle-old = حزمة المكتب رقم { $sequence } أقدم من الحزمة المعتمدة هنا (رقم { $last })؛ كانت ستلغي تغييرات أحدث.
error-directory-office-entry = هذا الإدخال من دليل المكتب؛ لا يغيّره إلا رئاسة الفريق.
error-office-fingerprint-required = هذه أول حزمة مكتب على هذا الجهاز: أدخل بصمة مفتاح رئاسة الفريق كما تقرؤها بصوت عالٍ، حتى لا يستطيع أحد غيرها تقديم حزمة على أنها من المكتب.
error-district-invalid = «{ $name }» ليس اسمًا لحيّ.
error-district-exists = هذا الحيّ موجود في القائمة: { $name }.
error-too-many-districts = في القائمة { $max } حيًّا بالفعل.
error-district-unknown = قائمة المكتب لا تعرف الحيّ «{ $name }». اختر حيًّا من القائمة أو اطلب من رئاسة الفريق إضافته.
error-programme-exists = هذا البرنامج موجود بالفعل: { $name }.
error-too-many-programmes = يوجد بالفعل { $max } برنامجًا.
error-programme-unknown = لا يوجد هنا برنامج باسم «{ $name }».
error-site-merge-invalid = لا يمكن دمج «{ $name }» في «{ $into }»: إنه المكان نفسه، أو أن أحدهما دُمج أو أُرشف من قبل.
error-person-handed-over = سلّمت رئاسة الفريق هذا الشخص إلى زميل أو زميلة؛ يبقى هنا للقراءة فقط، من أجل اتصالاتك.
error-handover-same-device = الشخص موجود على ذلك الجهاز بالفعل.
error-handover-volunteer = لا تُسلَّم الحالات إلى جهاز متطوع.
error-handover-revoked = هذا الجهاز محظور؛ لا يُسلَّم إليه شيء.
error-conflict-not-found = لا يوجد تعارض مفتوح لـ { $id }.
error-conflict-no-version = لم يرسل الجهاز { $device } أي نسخة من هذا السجل.
error-conflict-erased = هذه النسخة حذف؛ لا يحذف إلا الجهاز الذي يتابع الشخص الآن.
error-link-initials = الأحرف الأولى: حرفان أو ثلاثة، مثل "AK".
error-link-no-secret = مفتاح عدّ الفريق غير موجود بعد: يصل مع حزمة المكتب.
error-link-match = يعرف الفريق بالفعل { $matches } شخصًا بالبيانات نفسها. اربط فقط إذا كان الشخص نفسه (مع ‎--confirm).
error-partner-merge-invalid = لا يمكن دمج "{ $name }" في "{ $into }": الشريك نفسه، أو أن أحدهما مدموج أو مؤرشف بالفعل.
error-vocab-kind = "{ $kind }" ليست قائمة مفردات قابلة للتوسيع: site-kind أو contact-kind أو topic أو activity-kind أو partner-kind أو outcome أو marker.
error-vocab-id = "{ $id }" لا يصلح معرّفًا: من 2 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة، مثل "notunterkunft".
error-vocab-built-in = "{ $id }" مدمج بالفعل.
error-vocab-parent = ينقص "{ $id }" المدخل المدمج الذي يفصّله (--parent؛ نوع اللقاء يحتاجه)، أو أنه لا يناسب هذه القائمة (العلامة لا تأخذ أيًا).
error-vocab-label = تنقص تسمية (سطر واحد، 80 حرفًا على الأكثر) للغة { $locale }؛ كل إضافة تحتاج تسمية بـ de وen وtr وar وuk.
error-vocab-exists = "{ $id }" موجود في هذه القائمة بالفعل.
error-vocab-too-many = تقبل القائمة { $max } مدخلًا خاصًا على الأكثر.
error-vocab-unknown = "{ $id }" ليس مدمجًا في { $kind } ولا أضافه البرنامج.
