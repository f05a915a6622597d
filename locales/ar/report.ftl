# التقرير الفصلي (XLSX، شاشة التقارير، `feldbuch report`).

report-title = Feldbuch – تقرير { $period }
report-sheet-overview = نظرة عامة
report-sheet-contacts = اللقاءات
report-sheet-topics = المواضيع
report-sheet-referrals = الإحالات
report-sheet-activities = الأنشطة الجماعية
report-sheet-participants = المشاركون
report-sheet-method = المنهجية

report-period = الفترة المشمولة بالتقرير
report-programme = البرنامج
report-previous-period = فترة المقارنة
report-generated = تاريخ الإنشاء
report-total = الإجمالي
report-not-stated = غير محدد

report-head-figure = المؤشر
report-head-change = التغيّر
report-head-month = الشهر
report-head-district = الحي
report-head-contact-kind = نوع اللقاء
report-head-topic = الموضوع
report-head-partner-kind = نوع الشريك
report-head-activity-kind = نوع النشاط
report-head-gender = الجنس
report-head-age = العمر عند الدخول
report-head-employment = الوضع الوظيفي عند الدخول
report-head-education = المستوى التعليمي (ISCED) عند الدخول
report-head-household = وضع الأسرة المعيشية عند الدخول
report-head-marker = سمة الحرمان
report-head-field = بيان إلزامي

report-col-contacts = اللقاءات
report-col-share = النسبة
report-col-activities = الأنشطة
report-col-attendance = مرات الحضور
report-col-volunteers = المتطوعون
report-col-entries = حالات الدخول
report-col-exits = حالات الخروج
report-col-missing = ناقص لدى (عدد الأشخاص)

report-figure-contacts = اللقاءات
report-figure-volunteer-contacts = منها اتصالات أجراها المتطوعون
report-figure-persons = الأشخاص الذين تم الوصول إليهم (المسجَّلون)
report-figure-anonymous-people = الأشخاص الذين تم الوصول إليهم دون تحديد الهوية
report-figure-anonymous-contacts = اللقاءات مجهولة الهوية
report-figure-new-persons = الأشخاص الجدد
report-figure-referrals = الإحالات
report-figure-activities = الأنشطة الجماعية
report-figure-attendance = مرات الحضور في الأنشطة الجماعية
report-figure-hours = ساعات العمل الميداني

report-define-contacts = جميع اللقاءات المسجَّلة في الفترة على جميع الأجهزة.
report-define-volunteer-contacts = اتصالات الفترة التي سُجِّلت على أجهزة المتطوعين (مرشدي الاندماج)؛ جزء من الاتصالات.
report-define-persons = الأشخاص المسجَّلون المختلفون المرتبطون بلقاء واحد على الأقل من لقاءات الفترة. الأشخاص المربوطون لعدّ الفريق (الأحرف الأولى وسنة الميلاد والجنس نفسها، بتأكيد العاملين) يُعدّون مرة واحدة، حتى لو سجّلتهم عدة أجهزة.
report-define-anonymous-people = مجموع الأشخاص الذين عُدّوا دون تحديد الهوية في جميع لقاءات الفترة.
report-define-anonymous-contacts = اللقاءات غير المرتبطة بأي شخص مسجَّل.
report-define-new-persons = الأشخاص الذين سُجِّلوا خلال الفترة.
report-define-referrals = الإحالات التي تمت خلال الفترة، مع حالتها اليوم.
report-define-activities = الأنشطة الجماعية التي يقع تاريخها ضمن الفترة.
report-define-attendance = الحاضرون المسجَّلون مضافًا إليهم الزوار الذين عُدّوا دون تحديد الهوية في هذه الأنشطة.
report-define-hours = مجموع مدد اللقاءات بالساعات (منزلة عشرية واحدة).

report-table-contacts-month = اللقاءات حسب الشهر ونوع مكان العمل
report-table-contacts-district = اللقاءات حسب حي مكان العمل
report-table-contacts-kind = اللقاءات حسب نوع اللقاء
report-table-topics = مواضيع اللقاءات
report-table-referrals = الإحالات حسب نوع الشريك والحالة
report-table-activities = الأنشطة الجماعية ومرات الحضور والمتطوعون
report-table-participants-gender = المشاركون حسب الجنس
report-table-participants-age = المشاركون حسب العمر عند الدخول
report-table-participants-employment = المشاركون حسب الوضع الوظيفي
report-table-participants-education = المشاركون حسب المستوى التعليمي (ISCED)
report-table-participants-household = المشاركون حسب وضع الأسرة المعيشية
report-table-participants-markers = المشاركون الذين لديهم سمات حرمان (يمكن وجود أكثر من سمة)
report-table-anonymous = الأشخاص الذين تم الوصول إليهم دون تسجيل الاسم حسب الفئة العمرية والجنس
report-table-participants-results = النتائج عند المغادرة (ESF Plus، يمكن وجود أكثر من نتيجة)
report-head-result = النتيجة
report-result-job-searching = يبحث عن عمل
report-result-in-education = في التعليم أو التدريب
report-result-qualification = حصل على مؤهل
report-result-employed = يعمل، بما في ذلك العمل الحر
report-result-not-recorded = لم تُسجَّل نتيجة
report-table-completeness = اكتمال البيانات الإلزامية

report-chart-months = اللقاءات في كل شهر
report-chart-site-kinds = اللقاءات حسب نوع مكان العمل

report-topics-note = يمكن أن يتناول اللقاء الواحد عدة مواضيع. تُحسب النسبة من مجموع لقاءات الفترة.
report-participants-note = السمات عند الدخول إلى البرنامج (ESF Plus). حالات الدخول والخروج التي يقع تاريخها ضمن الفترة المشمولة بالتقرير؛ وتشمل فقط الأشخاص الذين وافقوا على الإبلاغ عن المشاركين.
report-completeness-note = مشاركو الفترة الذين ينقصهم بيان إلزامي. لا تُعرض قائمة هؤلاء الأشخاص إلا في Feldbuch نفسه (التقارير)، ولا تظهر أبدًا في هذا الملف.

report-age-unter-18 = أقل من 18
report-age-18-29 = 18–29
report-age-30-54 = 30–54
report-age-ab-55 = 55 فأكثر

report-field-entry-date = تاريخ الدخول
report-field-gender = الجنس
report-field-age = سنة الميلاد أو الفئة العمرية
report-field-employment = الوضع الوظيفي
report-field-education = المستوى التعليمي (ISCED)
report-field-household = وضع الأسرة المعيشية

report-month = { $month } { $year }
report-month-1 = يناير
report-month-2 = فبراير
report-month-3 = مارس
report-month-4 = أبريل
report-month-5 = مايو
report-month-6 = يونيو
report-month-7 = يوليو
report-month-8 = أغسطس
report-month-9 = سبتمبر
report-month-10 = أكتوبر
report-month-11 = نوفمبر
report-month-12 = ديسمبر

report-mark-small = < { $k }
report-mark-protect = x
report-method-sdc-title = الأعداد الصغيرة
report-method-sdc = لا تُنشر الأعداد من 1 إلى { $k } − 1، بل تُعرض بالشكل «< { $k }». أما الأصفار فتُعرض.
report-method-secondary-title = الإخفاء الثانوي
report-method-secondary = تحمل الخلايا المخفية لحماية عدد صغير العلامة «{ report-mark-protect }»: قد تحمل أي قيمة من 0 إلى مجموع الجدول. يُفحص كل تقرير ككل بالبرمجة الخطية الصحيحة – الصفوف والأعمدة معًا، والمجاميع التي تتشاركها عدة جداول (اللقاءات؛ حالات الدخول والخروج) – وتُخفى خلايا أخرى إلى أن تبقى كل خلية معروضة بالشكل «< { $k }» قادرة على حمل كل قيمة من 1 إلى { $k } − 1 مهما قالت الأعداد والمجاميع المنشورة.
report-method-limits-title = الحدود
report-method-limits = يُفحص كل تقرير على حدة؛ ولا يُؤخذ في الحسبان وضع تقارير لفترات أو عتبات مختلفة جنبًا إلى جنب. داخل التقرير الواحد تُؤخذ المجاميع في الحسبان، لكن لا يُؤخذ في الحسبان أن عددًا لا يمكن أن يتجاوز عددًا آخر (لا تتجاوز الاتصالات حول موضوع ما مجموع الاتصالات، ولا تتجاوز السمات عدد حالات الدخول). لا يحتوي الملف إلا على أعداد مجمَّعة: لا أسماء ولا أسماء مستعارة ولا ملاحظات.
report-definitions = التعريفات
report-sources = مصادر البيانات (الأجهزة)
report-source-device = الجهاز
report-source-team = الفريق
report-source-contacts = اللقاءات في الفترة
report-source-bundles = الحزم المستوردة
report-source-last-seq = رقم آخر حزمة
report-source-last-import = آخر استيراد
report-source-this-device = { $id } (هذا الجهاز)

report-table-own-site-kinds = اللقاءات حسب أنواع الأماكن الخاصة بالبرنامج
report-table-own-contact-kinds = اللقاءات حسب أنواع اللقاءات الخاصة بالبرنامج
report-table-own-topics = المواضيع الخاصة بالبرنامج (اختيار متعدد)
report-table-own-partner-kinds = الإحالات حسب أنواع الشركاء الخاصة بالبرنامج
report-table-own-markers = المشاركون ذوو العلامات الخاصة بالبرنامج (اختيار متعدد)
report-table-own-activity-kinds = الأنشطة الجماعية حسب الأنواع الخاصة بالبرنامج
report-head-own-term = مصطلح خاص (يفصّل)
report-own-term = { $term } ({ $of })
report-own-rest-without = { $of } بدون { $term }
report-own-rest = { $of }: أخرى
