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

## نصوص المساعدة (feldbuch --help)

cli-help-usage = الاستخدام
cli-help-options = الخيارات
cli-help-commands = الأوامر
cli-help-flag = عرض المساعدة
cli-version-flag = عرض الإصدار
cli-about = Feldbuch – توثيق مشفّر للعمل الاجتماعي الميداني، دون الحاجة إلى اتصال بالإنترنت.
cli-about-init = إعداد Feldbuch: الملف الشخصي والمفاتيح ومخزن البيانات المشفّر؛ ويُعرض مفتاح الاسترداد مرة واحدة فقط.
cli-about-site = إدارة أماكن العمل.
cli-about-site-add = إضافة مكان عمل.
cli-about-site-list = عرض قائمة أماكن العمل.
cli-about-contact = تسجيل اللقاءات وعرضها.
cli-about-contact-add = تسجيل لقاء.
cli-about-contact-list = عرض قائمة اللقاءات، لفترة محددة إن أردت.
cli-about-contact-show = عرض لقاء واحد.
cli-about-contact-edit = تعديل لقاء (بالخيارات نفسها المستخدمة عند التسجيل؛ لا يتغيّر إلا ما تُدخله).
cli-about-contact-delete = حذف لقاء (يبقى سجلّ بالحذف لأغراض تبادل البيانات).
cli-about-verify = فحص قاعدة البيانات والتشفير وسلسلة التجزئة في سجل التدقيق.
cli-about-seed = ملء مخزن البيانات ببيانات اختبار وهمية (لأغراض القياس والعروض التوضيحية).
cli-arg-data-dir = مجلد البيانات (الافتراضي: مجلد بيانات النظام، مثل ~/.local/share/feldbuch)
cli-arg-lang = لغة المخرجات: de، en، tr، ar، uk (الافتراضي: إعداد التطبيق)
cli-arg-passphrase-file = قراءة كلمة المرور من هذا الملف (أو عيّن FELDBUCH_PASSPHRASE)
cli-arg-json = الإخراج بصيغة JSON
cli-arg-init-name = اسمك كما يراه فريقك
cli-arg-initials = الأحرف الأولى من اسمك (حروف فقط، 4 على الأكثر)
cli-arg-team = فريقك
cli-arg-role = الدور: worker (أخصائي ميداني) أو lead (رئيس الفريق)
cli-arg-site-add-name = اسم مكان العمل
cli-arg-site-add-kind = النوع: kita، fruehe-hilfen، schule، arztpraxis، quartierszentrum، beratungsstelle، jobcenter، oeffentlicher-raum، sonstiges
cli-arg-district = الحي أو المنطقة
cli-arg-site = مكان العمل (الاسم أو ID)
cli-arg-kind = نوع اللقاء: erstkontakt، folgekontakt، beratung، begleitung، kurzkontakt، telefonat، gruppenangebot، netzwerkkontakt
cli-arg-date = التاريخ YYYY-MM-DD (الافتراضي: اليوم)
cli-arg-start = وقت البدء HH:MM
cli-arg-duration = المدة بالدقائق
cli-arg-anonymous = عدد الأشخاص مجهولي الهوية الذين تم الوصول إليهم
cli-arg-age-band = الفئة العمرية للأشخاص مجهولي الهوية: unter-18، 18-29، 30-54، 55-64، ab-65، unbekannt
cli-arg-gender = جنس الأشخاص مجهولي الهوية: weiblich، maennlich، divers، keine-angabe
cli-arg-topic = الموضوع (يمكن تكراره): einsamkeit، wohnen، arbeit، gesundheit، finanzen، familie، sprache، behoerden، freizeit، sonstiges
cli-arg-contact-edit-topic = الموضوع (يمكن تكراره)؛ يحلّ محلّ جميع المواضيع السابقة
cli-arg-note = ملاحظة سرية
cli-arg-contact-edit-note = ملاحظة سرية؛ إدخال ملاحظة فارغة يحذف الملاحظة الحالية
cli-arg-followup = موعد المتابعة YYYY-MM-DD
cli-arg-contact-add-json = طباعة اللقاء المحفوظ بصيغة JSON
cli-arg-contact-edit-json = طباعة اللقاء المعدَّل بصيغة JSON
cli-arg-from = من تاريخ YYYY-MM-DD
cli-arg-to = إلى تاريخ YYYY-MM-DD
cli-arg-id = معرّف اللقاء (ID)
cli-arg-contacts = عدد اللقاءات
cli-arg-sites = عدد أماكن العمل
cli-arg-persons = عدد الأشخاص
cli-arg-years = توزيع البيانات على هذا العدد من السنوات حتى اليوم
cli-arg-seed = القيمة الابتدائية لمولّد الأرقام العشوائية (القيمة نفسها تعطي البيانات نفسها)

## الأشخاص والموافقة (feldbuch person …، feldbuch consent …)

cli-person-added = تمت إضافة الشخص «{ $pseudonym }» ({ $id }).
cli-person-updated = تم تعديل بيانات الشخص: { $id } (المراجعة { $revision })
cli-no-persons = لا يوجد أشخاص بعد.
cli-consent-given = تم تسجيل الموافقة: { $id }
cli-consent-withdrawn = تم سحب الموافقة { $id }؛ وحُذفت البيانات المتعلقة بـ«{ $pseudonym }» التي كانت تشملها هذه الموافقة.
cli-consent-line = { $scope }، { $form }، مُنحت في { $given }
cli-consent-line-withdrawn = { $scope }، { $form }، مُنحت في { $given }، سُحبت في { $withdrawn }
label-pseudonym = الاسم المستعار
label-birth-year = سنة الميلاد
label-languages = اللغات
label-markers = السمات
label-real-name = الاسم الحقيقي
label-contact-info = بيانات الاتصال
label-consents = الموافقات
cli-about-person = إدارة الأشخاص (بأسماء مستعارة؛ ولا تُحفظ الأسماء الحقيقية إلا بموافقة).
cli-about-person-add = إضافة شخص.
cli-about-person-list = عرض قائمة الأشخاص (الأسماء المستعارة فقط).
cli-about-person-show = عرض بيانات شخص (يُسجَّل هذا الاطلاع في سجل التدقيق).
cli-about-person-edit = تعديل بيانات شخص (لا يتغيّر إلا ما تُدخله).
cli-about-consent = إدارة موافقات الشخص.
cli-about-consent-give = تسجيل موافقة.
cli-about-consent-withdraw = سحب موافقة؛ وتُحذف البيانات التي كانت تشملها هذه الموافقة.
cli-arg-pseudonym = الاسم المستعار، مثل الأحرف الأولى من الاسم وسنة الميلاد
cli-arg-birth-year = سنة الميلاد
cli-arg-person-add-age-band = الفئة العمرية: unter-18، 18-29، 30-54، 55-64، ab-65، unbekannt
cli-arg-person-edit-age-band = الفئة العمرية: unter-18، 18-29، 30-54، 55-64، ab-65، unbekannt
cli-arg-person-add-gender = الجنس: weiblich، maennlich، divers، keine-angabe
cli-arg-person-edit-gender = الجنس: weiblich، maennlich، divers، keine-angabe
cli-arg-language = رمز اللغة (يمكن تكراره)، مثل de، tr، ar
cli-arg-marker = السمة (يمكن تكرارها): wohnungslos، grundsicherung، alleinerziehend، fluchterfahrung، behinderung، einsam، drittstaatsangehoerig، migrationshintergrund، minderheit
cli-arg-real-name = الاسم الحقيقي (فقط بموافقة على التوثيق)
cli-arg-contact-info = بيانات الاتصال (فقط بموافقة على التوثيق)
cli-arg-person-show-id = معرّف الشخص (ID)
cli-arg-person-edit-id = معرّف الشخص (ID)
cli-arg-person = معرّف الشخص (ID)
cli-arg-scope = النطاق: documentation، forwarding، participant-reporting
cli-arg-form = الشكل: written (كتابية) أو verbal (شفهية)
cli-arg-consent-give-on = تاريخ منح الموافقة YYYY-MM-DD (الافتراضي: اليوم)
cli-arg-consent-withdraw-on = تاريخ سحب الموافقة YYYY-MM-DD (الافتراضي: اليوم)
cli-arg-consent = معرّف الموافقة (ID)
label-contacts = اللقاءات
cli-arg-contact-add-person = الشخص الذي تم الوصول إليه (ID، يمكن تكراره؛ يتطلب موافقة على التوثيق)
cli-arg-contact-edit-person = الشخص الذي تم الوصول إليه (ID، يمكن تكراره)؛ يحل محل جميع الأشخاص المرتبطين سابقًا
