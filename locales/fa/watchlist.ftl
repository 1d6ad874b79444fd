## /watchlist
# کلمه‌های بعد از دستور از args.ftl می‌آیند (ربات آن‌ها را به هر زبانی می‌فهمد).
cmd-watchlist = سریال‌ها و فیلم‌هایی که می‌خواهید ببینید
watchlist-usage =
    فهرست تماشای شما را نشان می‌دهم:
    همه چیز، به ترتیب خودتان: <code>/watchlist</code>
    فقط سریال‌ها یا فیلم‌ها: <code>/watchlist سریال‌ها</code> یا <code>/watchlist فیلم‌ها</code>
    مرتب‌سازی: <code>ترتیب</code> (ترتیب شما)، <code>جدید</code> (تاریخ افزودن)، <code>انتشار</code> (تاریخ انتشار) یا <code>عنوان</code> (الفبایی)؛ مثلاً <code>/watchlist فیلم‌ها جدید</code>.
watchlist-header-a = 📌 <b>فهرست تماشای شما</b>
watchlist-header-s = 📌 <b>فهرست تماشای شما: سریال‌ها</b>
watchlist-header-m = 📌 <b>فهرست تماشای شما: فیلم‌ها</b>
watchlist-count =
    { $count ->
        [one] { $count } عنوان
       *[other] { $count } عنوان
    }
watchlist-empty-a = فهرست تماشای شما خالی است. در /trending چیزی پیدا کنید و با یک ضربه اضافه‌اش کنید.
watchlist-empty-s = هیچ سریالی در فهرست تماشای شما نیست.
watchlist-empty-m = هیچ فیلمی در فهرست تماشای شما نیست.
watchlist-page-empty = همین بود: بعد از صفحهٔ قبل چیز دیگری نیست.
watchlist-season = فصل { $number }
watchlist-added-on = افزوده در { $date }
watchlist-released-on = انتشار: { $date }
watchlist-kind-a = همه
watchlist-kind-s = 📺 سریال‌ها
watchlist-kind-m = 🎬 فیلم‌ها
watchlist-sort-rank = ترتیب من
watchlist-sort-added = افزوده‌شده
watchlist-sort-released = انتشار
watchlist-sort-title = آ–ی
watchlist-button-seen = 👁
watchlist-button-seen-done = ✅
watchlist-button-remove = ➖
watchlist-legend = <i>👁 علامت دیده‌شده · ➖ حذف از فهرست تماشا · با زدن روی عنوان، کارتش باز می‌شود</i>
