## /history
# کلمه‌های بعد از دستور از args.ftl می‌آیند (ربات آن‌ها را به هر زبانی می‌فهمد).
# هر خط با متن فارسی شروع می‌شود تا جهت پاراگراف راست‌به‌چپ بماند.
cmd-history = آنچه تماشا کرده‌اید، از جدیدترین
history-usage =
    آنچه تماشا کرده‌اید را از جدیدترین نشان می‌دهم:
    همه چیز: <code>/history</code>
    فقط سریال‌ها یا فیلم‌ها: <code>/history سریال‌ها</code> یا <code>/history فیلم‌ها</code>
    فقط همین اواخر: <code>/history هفته</code>، <code>ماه</code> یا <code>سال</code>
    می‌توانید آن‌ها را با هم ترکیب کنید: <code>/history فیلم‌ها ماه</code>.
history-header-a = 🕘 <b>تاریخچهٔ شما</b>{ $period }
history-header-s = 🕘 <b>تاریخچهٔ شما: سریال‌ها</b>{ $period }
history-header-m = 🕘 <b>تاریخچهٔ شما: فیلم‌ها</b>{ $period }
history-period-a = {""}
history-period-w = {" "}· هفتهٔ گذشته
history-period-m = {" "}· ماه گذشته
history-period-y = {" "}· سال گذشته
history-empty = هنوز چیزی اینجا نیست. هر چه در Trakt تماشا یا ثبت کنید، اینجا نمایش داده می‌شود.
history-empty-filtered = چیزی با این فیلترها پیدا نشد. <b>همه</b> یا <b>همهٔ زمان‌ها</b> را امتحان کنید.
history-page-empty = همین بود: بعد از صفحهٔ قبل چیز دیگری نیست.
history-today = امروز
history-yesterday = دیروز
history-day-unknown = تاریخ نامعلوم
history-kind-a = همه
history-kind-s = 📺 سریال‌ها
history-kind-m = 🎬 فیلم‌ها
history-period-button-a = همهٔ زمان‌ها
history-period-button-w = هفته
history-period-button-m = ماه
history-period-button-y = سال

## Removing one play
history-remove-mode = 🗑 حذف یک بار تماشا
history-remove-done = ✔ تمام
history-remove-ask = تماشای شمارهٔ { $number } حذف شود: { $play }؟
history-remove-yes = 🗑 حذف
history-remove-toast = حذف شد
history-remove-gone = این بار تماشا قبلاً حذف شده
history-remove-hint = <i>روی شمارهٔ تماشایی که باید حذف شود بزنید.</i>

## How long the person watched on a day (beside the day's name)
history-day-time = <b>{ $day }</b>، { $time }
duration-minutes = { $minutes } دقیقه
duration-hours = { $hours } ساعت
duration-hours-minutes = { $hours } ساعت و { $minutes } دقیقه
