# Feldbuch – تصحيح الإدخالات: اللقاءات والأنشطة الجماعية والإحالات والمتابعات وملفات
# الأشخاص، حيث تُعرض (السجل، اليوم، الأنشطة الجماعية، ملف الشخص).

## عام

rec-edit = تعديل
rec-save = حفظ التغييرات
rec-cancel = إلغاء
rec-date-hint = الصيغة YYYY-MM-DD، مثل 2026-03-05؛ لا يُقبل يوم في المستقبل
rec-time-hint = HH:MM؛ اتركه فارغًا بلا وقت
rec-site-archived = { $name } (مؤرشف)
rec-partner-archived = { $name } (مؤرشف)
rec-service-archived = { $name } (مؤرشفة)
rec-person-unknown = (الشخص لم يعد مسجلًا)

## تصحيح لقاء (السجل، اليوم، ملف الشخص)

rec-contact-edit-heading = تعديل اللقاء بتاريخ { $date } في { $site }
rec-contact-edit-hint = يُحفظ فقط ما تغيّره. Ctrl+Enter للحفظ، وEsc للإلغاء.
rec-contact-saved = تم تعديل اللقاء.

## اللقاء: أشخاص مجهولو الهوية في عدة مجموعات (الإدخال السريع والتصحيح)

rec-group-legend = المجموعة { $number }
rec-group-count = العدد
rec-group-add = إضافة مجموعة أخرى
rec-group-add-hint = للأشخاص مجهولي الهوية من فئات عمرية أو أجناس مختلفة، مثل أمّ مع طفلين.
rec-group-remove = إزالة
rec-group-remove-label = إزالة: المجموعة { $number }

## تصحيح الأنشطة الجماعية وأرشفتها

rec-activity-edit-heading = تعديل «{ $title }»
rec-activity-saved = تم تعديل النشاط الجماعي «{ $title }».
rec-archive = أرشفة
rec-unarchive = استعادة من الأرشيف
rec-archived = مؤرشف

## ملف الشخص: تصحيح الإحالات والمتابعات

rec-referral-edit-heading = تعديل الإحالة إلى «{ $partner }»
rec-referral-saved = تم تعديل الإحالة.
rec-followup-reschedule = تأجيل
rec-followup-rescheduled = تم تأجيل المتابعة إلى { $date }.
rec-followup-reopen = إعادة فتح

## ملف الشخص: تصحيح بيانات الشخص

rec-person-edit = تصحيح البيانات
rec-person-edit-heading = تصحيح بيانات «{ $pseudonym }»
rec-person-edit-hint = يُحفظ فقط ما تغيّره، وإفراغ حقل يحذف ما فيه من بيانات. Ctrl+Enter للحفظ، وEsc للإلغاء.
rec-person-saved = تم تعديل بيانات الشخص.

## ملف الشخص: الإغلاق وإعادة الفتح

rec-case-heading = إغلاق الملف
rec-case-open = عند انتهاء المرافقة أغلق الملف. يبقى الملف محفوظًا ويمكن إعادة فتحه.
rec-case-close = إغلاق الملف …
rec-case-close-hint = يُغلق الملف اعتبارًا من هذا اليوم. ذكر السبب اختياري.
rec-case-close-date = تاريخ الإغلاق
rec-case-close-reason = السبب (اختياري)
rec-case-close-save = إغلاق الملف
rec-case-closed-done = تم إغلاق الملف.
rec-case-closed-hint = الملف مغلق. إذا استمرت المرافقة فأعد فتحه.
rec-case-reopen = إعادة فتح الملف
rec-case-reopened = تمت إعادة فتح الملف.
rec-case-reason = سبب الإغلاق

## ملف الشخص: الخروج من البرنامج (ESF Plus)

rec-exit-hint = عند الخروج تسجّل مؤشرات النتائج المشتركة لبرنامج ESF Plus. ما لا تعرفه يبقى «غير مسجّل».
rec-exit-date = تاريخ الخروج
rec-exit-unset = غير مسجّل
rec-exit-save = حفظ الخروج
rec-exit-change = تعديل الخروج
rec-exit-saved = تم حفظ الخروج.
qe-topics-hint = تنقّل بين المواضيع بمفاتيح الأسهم، واختر بمفتاح المسافة.
rec-timeline-shown = { $shown } من { $total } اتصالات، الأحدث أولًا.
rec-timeline-all = عرض كل الاتصالات
