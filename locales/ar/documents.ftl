# Feldbuch – مستندات للعملاء وللمكتب المركزي: ما يكتبه Feldbuch في ملف (تأكيد الموافقة،
# قائمة الحضور، ورقة بيانات المشارك بصيغة PDF، تقرير الاطلاع)، وأين يضعه مربع حوار الحفظ في
# النظام، ثم «عرض في المجلد». نصوص ملفات PDF نفسها موجودة في print.ftl.

## عام: بعد كتابة ملف

doc-show-in-folder = عرض في المجلد

## ملف الشخص: الموافقات

doc-consent-print = طباعة التأكيد …
doc-consent-locale-label = لغة التأكيد
doc-consent-locale-hint = يكون التأكيد بالألمانية أولًا ثم بهذه اللغة. المختارة مسبقًا هي أول لغة من لغات الشخص يعرفها Feldbuch.
doc-consent-save-title = حفظ تأكيد الموافقة بصيغة PDF
doc-consent-printed = تم حفظ التأكيد في:

## ملف الشخص: ورقة بيانات المشارك (ESF Plus)

doc-stammblatt-heading = ورقة بيانات المشارك (ESF Plus)
doc-stammblatt-hint = البيانات عند الدخول وعند الخروج بصيغة PDF، للمراجعة والتوقيع.
doc-stammblatt-print = طباعة ورقة بيانات المشارك …
doc-stammblatt-save-title = حفظ ورقة بيانات المشارك بصيغة PDF
doc-stammblatt-printed = تم حفظ ورقة بيانات المشارك في:

## ملف الشخص: تقرير الاطلاع بصيغة مختارة

doc-auskunft-save-heading = حفظ تقرير الاطلاع باسم …
doc-auskunft-save-hint = اختر الصيغة واللغة؛ بعد ذلك يسألك Feldbuch أين يُحفظ الملف. تُسجَّل هذه العملية.
doc-auskunft-format-label = الصيغة
doc-auskunft-format-text = نص (.txt)
doc-auskunft-format-json = JSON (.json، قابل للقراءة آليًا)
doc-auskunft-format-pdf = PDF (.pdf، للطباعة)
doc-auskunft-locale-label = لغة تقرير الاطلاع
doc-auskunft-save-as = حفظ باسم …
doc-auskunft-save-title = حفظ تقرير الاطلاع

## الأنشطة الجماعية: قائمة الحضور

doc-attendance-print = قائمة الحضور …
doc-attendance-save-title = حفظ قائمة الحضور بصيغة PDF
doc-attendance-printed = تم حفظ قائمة الحضور في:
