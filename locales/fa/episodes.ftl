## Episodes: an episode's card and a show's seasons → episodes picker

episodes-gone = این قسمت دیگر در Trakt وجود ندارد.
episodes-special = ✨ قسمت ویژه
episodes-aired = 📅 پخش‌شده در { $when }
episodes-airs = 📅 پخش در { $when }
episodes-no-date = 📅 هنوز تاریخ پخش ندارد
episodes-runtime = ⏱ { $minutes } دقیقه
episodes-your-rating = امتیاز شما { $rating }/۱۰
episodes-watched = ✅ آن را دیده‌اید
episodes-show-button = 📺 سریال
episodes-at-release = 📅 در زمان پخش
episodes-another-day = 🗓 روزی دیگر
episodes-yesterday = دیروز
episodes-logged-released = در تاریخ پخش، دیده‌شده ثبت شد
episodes-logged-day = در آن روز، دیده‌شده ثبت شد
episodes-not-aired = ⏳ هنوز پخش نشده است: پس از پخش می‌توانید علامتش بزنید.
episodes-not-aired-toast = هنوز پخش نشده است
episodes-before-air-toast = آن روز هنوز پخش نشده بود
episodes-unaired = هنوز پخش نشده
episodes-season-line-unaired = فصل { $number }، هنوز پخش نشده
episodes-season-unaired = ⏳ هنوز پخش نشده
episodes-when-now = الان
episodes-when-released = در زمان پخش
episodes-when-line = 👁 ثبت می‌کند: { $when }
episodes-when-inline-now = الان
episodes-when-inline-released = در زمان پخش
episodes-when-inline-yesterday = دیروز
episodes-seasons = فصل‌ها
episodes-no-seasons = Trakt هنوز هیچ فصلی برای این سریال ندارد.
episodes-season-line = فصل { $number }، { $count ->
    [one] { $count } قسمت
   *[other] { $count } قسمت
}
episodes-season-line-progress = فصل { $number }، دیده‌شده { $progress }
episodes-specials-line = قسمت‌های ویژه، { $count ->
    [one] { $count } قسمت
   *[other] { $count } قسمت
}
episodes-season-button = فصل { $number }
episodes-specials-button = ✨ قسمت‌های ویژه
episodes-seasons-back = ◀ فصل‌ها
episodes-season-head = فصل { $number }
episodes-specials-head = قسمت‌های ویژه
episodes-season-progress = دیده‌شده: { $progress }
episodes-no-episodes = Trakt هنوز هیچ قسمتی برای این فصل ندارد.
episodes-all-button = ✅ کل فصل
episodes-all-ask = { $count ->
    [one] آخرین قسمتِ پخش‌شدهٔ فصل { $number } دیده‌شده علامت بخورد؟
   *[other] همهٔ { $count } قسمتِ پخش‌شدهٔ فصل { $number } دیده‌شده علامت بخورد؟
}
episodes-all-yes = { $count ->
    [one] ✅ بله، ۱ قسمت
   *[other] ✅ بله، { $count } قسمت
}
episodes-cancel = ✖ لغو
episodes-all-none = همهٔ قسمت‌های پخش‌شدهٔ این فصل را دیده‌اید.
episodes-all-toast = { $count ->
    [one] ۱ قسمت به‌عنوان دیده‌شده علامت خورد
   *[other] { $count } قسمت به‌عنوان دیده‌شده علامت خورد
}
episodes-remove = 🗑 حذف یک بار تماشا
episodes-remove-ask = آخرین بار تماشای این قسمت حذف شود؟
