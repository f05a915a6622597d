# Feldbuch – اختيار الملفات والمجلدات: يُختار كل مسار في نافذة النظام نفسها ولا يُكتب باليد أبدًا
# (التبادل، الإعدادات، التقارير). تظهر العناوين في شريط عنوان النافذة، والمرشّحات في اختيار
# أنواع الملفات.

## عام

dlg-no-folder = لم يُختر مجلد بعد
dlg-no-file = لم يُختر ملف بعد
dlg-file-required = اختر ملفًا أولًا.
dlg-filter-bundles = حزم التصدير (*.age)
dlg-filter-enrolment = ملفات التسجيل (*.json)
dlg-filter-xlsx = مصنّفات Excel (*.xlsx)
dlg-filter-pdf = مستندات PDF (*.pdf)
dlg-filter-text = ملفات نصية (*.txt)
dlg-filter-json = ملفات JSON (*.json)

## التبادل والإعدادات: مجلد التصدير

dlg-export-folder-choose = اختيار مجلد التصدير …
dlg-export-folder-title = اختر مجلد التصدير
dlg-export-folder-hint = مثلًا مجلد على ذاكرة USB أو على محرك شبكة. يُحفظ المجلد الذي تختاره فورًا.

## التبادل: المفتاح السري للمكتب المركزي

dlg-office-identity-label = ملف مفتاح المكتب المركزي
dlg-office-identity-choose = اختيار ملف المفتاح …
dlg-office-identity-title = اختر ملف مفتاح المكتب المركزي

## التبادل: تسجيل جهاز

dlg-enrol-label = ملف التسجيل
dlg-enrol-choose = اختيار ملف التسجيل …
dlg-enrol-title = اختر ملف تسجيل جهاز

## التبادل: استيراد حزم التصدير

dlg-import-label = حزم التصدير والمجلدات المختارة
dlg-import-none = لم يُختر شيء بعد.
dlg-import-required = اختر حزمة تصدير أو مجلدًا واحدًا على الأقل.
dlg-import-choose-files = اختيار حزم التصدير …
dlg-import-choose-folder = اختيار مجلد …
dlg-import-files-title = اختر حزم التصدير المراد استيرادها
dlg-import-folder-title = اختر مجلدًا فيه حزم تصدير
dlg-import-remove = إزالة
dlg-import-remove-label = إزالة: { $name }

## التقارير

dlg-report-save-as = حفظ باسم …
dlg-report-save-title = حفظ التقرير بصيغة XLSX
dlg-office-bundle-label = حزمة المكتب
dlg-office-bundle-choose = اختيار الحزمة …
dlg-office-bundle-title = اختر حزمة المكتب
