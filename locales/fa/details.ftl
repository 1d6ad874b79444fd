# کارت جزئیات فیلم یا سریال و کارهای یک‌ضربه‌ای روی عنوان‌ها.
# پیام‌ها HTML تلگرام هستند؛ برچسب دکمه‌ها، اعلان‌های کوتاه و هشدارها متن ساده‌اند.

## کارت
details-button = ℹ️ جزئیات
details-link = 🔗 <a href="{ $url }">مشاهده در Trakt</a>
details-no-overview = <i>هنوز خلاصه‌ای ثبت نشده.</i>
details-not-out-toast = هنوز اکران نشده است
details-runtime = { $minutes } دقیقه
details-released = انتشار: { $date }
details-first-aired = اولین پخش: { $date }
details-releases = انتشار در { $date }
details-first-airs = آغاز پخش در { $date }
details-next = ▶ قسمت بعد: { $episode }
details-related = <b>مشابه:</b> { $titles }

## وضعیت‌ها (از Trakt)
details-status-returning-series = ادامه دارد
details-status-continuing = ادامه دارد
details-status-in-production = در حال ساخت
details-status-post-production = در مرحلهٔ پس‌تولید
details-status-planned = برنامه‌ریزی‌شده
details-status-upcoming = به‌زودی
details-status-pilot = قسمت آزمایشی
details-status-rumored = در حد شایعه
details-status-canceled = لغو شده
details-status-ended = پایان‌یافته
details-status-released = منتشر شده

## دکمه‌های کار
action-wl = ➕ فهرست تماشا
action-wl-done = ✅ در فهرست تماشا
action-unwl = ➖ حذف از فهرست تماشا
action-unwl-done = ✅ حذف شد
action-seen = 👁 دیده‌ام
action-seen-done = ✅ دیده‌شده
action-hide = 🙈 علاقه‌ای ندارم
action-hide-done = ✅ پنهان شد
action-rate = ⭐ امتیاز
action-rate-done = ✅ امتیاز داده شد
action-rated = ✅ امتیاز { $rating }/۱۰
action-rate-cancel = ✖ لغو

## اعلان‌ها و هشدارها
action-wl-toast = به فهرست تماشای شما اضافه شد
action-wl-already = از قبل در فهرست تماشای شماست
action-unwl-toast = از فهرست تماشای شما حذف شد
action-unwl-already = در فهرست تماشای شما نبود
action-seen-toast = به‌عنوان دیده‌شده علامت خورد
action-seen-toast-show = همهٔ قسمت‌های پخش‌شده به‌عنوان دیده‌شده علامت خوردند
action-seen-already = از قبل به‌عنوان دیده‌شده علامت خورده
action-hide-toast = پنهان شد: دیگر پیشنهادش نمی‌کنم
action-hide-already = از قبل پنهان شده
action-rate-pick = امتیازی از ۱ تا ۱۰ انتخاب کنید
action-rate-toast = امتیاز { $rating }/۱۰ ثبت شد
action-not-found = این عنوان در Trakt وجود ندارد.
action-limit-watchlist =
    فهرست تماشای شما در Trakt پر است ({ $limit ->
        [one] { $limit } عنوان
       *[other] { $limit } عنوان
    }). چیزی از آن حذف کنید یا برای فهرستی بزرگ‌تر، Trakt VIP بگیرید.
action-limit-watchlist-unknown = فهرست تماشای شما در Trakt پر است. چیزی از آن حذف کنید یا برای فهرستی بزرگ‌تر، Trakt VIP بگیرید.

## دوباره دیدن و همهٔ سریال (با تأیید)
action-again = 🔁 دوباره دیدم
action-again-ask = این را قبلاً دیده‌اید. یک بار تماشای دیگر ثبت شود؟
action-again-toast = یک بار تماشای دیگر ثبت شد
action-again-recent = همین حالا یک بار تماشا ثبت شد
action-all = ✅ همهٔ { $count } قسمت
action-all-ask = همهٔ { $count } قسمتِ پخش‌شدهٔ { $title } دیده‌شده علامت بخورد؟
action-all-none = Trakt هنوز هیچ قسمتِ پخش‌شده‌ای از این سریال ندارد.

## Undo (a few minutes after a change)
action-undo = ↩ واگرد
action-undo-toast = واگردانده شد
action-undo-late = برای واگرد دیر است: بیش از ۵ دقیقه گذشته.
action-undo-done = قبلاً واگردانده شده
action-undo-other-account = این تغییر در حسابی از Trakt انجام شده که دیگر متصل نیست؛ پس نمی‌شود واگردش کرد.
seasons-button = 📚 فصل‌ها

## Your progress on a show's card
details-progress-next = 👁 { $completed } از { $aired } را دیده‌اید، بعدی { $episode }
details-progress = 👁 { $completed } از { $aired } را دیده‌اید
details-progress-done = ✅ همهٔ { $aired } قسمتِ پخش‌شده را دیده‌اید
action-next-episode = 👁 { $episode } را دیده‌ام
action-all-rest = ✅ { $count } قسمتِ باقی‌مانده
action-all-ask-rest = { $count } قسمتِ پخش‌شدهٔ { $title } را که ندیده‌اید دیده‌شده علامت بزنم؟
action-unrate = ✖ حذف امتیاز
action-unrate-toast = امتیاز حذف شد
action-unrate-already = امتیازی ندارد
