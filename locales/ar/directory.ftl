# Feldbuch – أماكن العمل والشركاء: العرض والتصحيح والأرشفة؛ وملفك الشخصي في الإعدادات.
# مصطلحات الأنواع والحالات موجودة في common.ftl.

## أماكن العمل والشركاء: الدليل

dir-archived = مؤرشف
dir-archive-heading = الأرشيف
dir-all-archived = جميع الإدخالات مؤرشفة: ستجدها في الأرشيف.
dir-close = إغلاق
dir-address = العنوان
dir-contact-person = الشخص المسؤول عن التواصل

## أماكن العمل والشركاء: تصحيح البيانات

dir-edit-heading = تعديل البيانات
dir-save = حفظ التغييرات
dir-saved = تم حفظ التغييرات.
dir-unchanged = لم يتغير شيء.
dir-cancel = إلغاء

## أماكن العمل والشركاء: الأرشفة والاستعادة

dir-archive = أرشفة
dir-unarchive = استعادة من الأرشيف
dir-archived-status = تمت أرشفة «{ $name }».
dir-unarchived-status = «{ $name }» قيد الاستخدام من جديد.
dir-site-archive-hint = لا تظهر أماكن العمل المؤرشفة بعد الآن في أي قائمة اختيار أو خطة زيارات؛ أما لقاءاتها فتبقى في السجل وفي التقارير.
dir-partner-archive-hint = لا يمكن إحالة أحد بعد الآن إلى الشركاء المؤرشفين؛ أما إحالاتهم السابقة فتبقى في ملفات الأشخاص وفي التقارير.

## أماكن العمل: مواعيد الزيارات ولقاءات مكان العمل

dir-slots-none = لا توجد مواعيد زيارات منتظمة مسجلة لمكان العمل هذا.
dir-slots-archived = تتوقف مواعيد زيارات مكان العمل المؤرشف إلى أن تستعيده من الأرشيف.
dir-slot-edit = تغيير
dir-slot-edit-label = تغيير موعد الزيارة في { $site }
dir-slot-save = حفظ موعد الزيارة
dir-slot-saved = تم تغيير موعد الزيارة.
dir-months-heading = اللقاءات حسب الشهر
dir-months-empty = لم تُسجَّل أي لقاءات في مكان العمل هذا بعد.
dir-month = الشهر
dir-contacts = اللقاءات
dir-minutes = الدقائق
dir-total = الإجمالي

## الشركاء: الخدمات والإحالات

dir-services-empty = لا توجد خدمات بعد.
dir-service-add-label = خدمة جديدة
dir-service-add = إضافة خدمة
dir-service-added = تمت إضافة الخدمة «{ $name }».
dir-service-rename = إعادة التسمية
dir-service-rename-label = الاسم الجديد لـ«{ $name }»
dir-service-rename-save = حفظ الاسم
dir-service-renamed = أصبح اسم الخدمة «{ $name }».
dir-referrals-heading = الإحالات إلى هذا الشريك
dir-referrals-empty = لا توجد إحالات إلى هذا الشريك بعد.
dir-referral-created = تاريخ الإنشاء
dir-referral-person = الشخص

## الإعدادات: تعديل الملف الشخصي

profile-edit-heading = تعديل الملف الشخصي
profile-edit-hint = يظهر اسمك وأحرفك الأولى وفريقك في ملفات التصدير: يرى المكتب المركزي أي تغيير مع التصدير التالي.
profile-team-label = الفريق (اختياري)
profile-save = حفظ الملف الشخصي
profile-saved = تم حفظ الملف الشخصي.
