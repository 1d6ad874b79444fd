## /notify: اعلان هنگام پخش قسمت‌ها
cmd-notify = اعلان هنگام پخش قسمت‌های سریال‌هایتان
notify-usage =
    اعلان هنگام پخش سریال‌هایتان. دکمه‌ها را بزنید یا بنویسید:
    هر قسمت هنگام پخش: <code>/notify سریال</code> (یک ساعت بعد: <code>/notify سریال 60</code>)
    یک خلاصهٔ روزانه، ساعت ۸ صبح: <code>/notify خلاصه 8</code>
    بدون اعلان: <code>/notify خاموش</code> (روشن کردن دوباره: <code>/notify روشن</code>)
    منطقهٔ زمانی شما: <code>/notify منطقه Asia/Tehran</code>
    ساعت‌های سکوت: <code>/notify سکوت 23 7</code> (بدون سکوت: <code>/notify سکوت خاموش</code>)
    اکران فیلم‌ها هم: <code>/notify فیلم روشن</code>
    کدام قسمت‌ها: <code>/notify آغاز</code>، <code>پایان</code> یا <code>همه</code>
notify-title = 🔔 <b>اعلان‌ها</b>
notify-mode-off-now = خاموش: چیزی فرستاده نمی‌شود.
notify-mode-each-now = هر قسمت، { $when }.
notify-mode-digest-now = یک خلاصهٔ روزانه ساعت { $time }.
notify-scope-now = سریال‌ها: { $scope }
notify-quiet-now = ساعت‌های سکوت: { $quiet }
notify-zone-trakt = منطقهٔ زمانی: { $zone }، از تنظیمات Trakt شما
notify-zone-chosen = منطقهٔ زمانی: { $zone }، اینجا تعیین شده
notify-movies-now = اکران فیلم‌ها: { $on ->
        [true] روشن
       *[false] خاموش
    }
notify-zone-hint = یک منطقهٔ زمانی انتخاب کنید یا بنویسید: <code>/notify منطقه Asia/Tehran</code>
notify-zone-unknown = 🌍 منطقهٔ زمانی «{ $zone }» را نمی‌شناسم. منطقهٔ یک مکان را به شکل ناحیه/شهر بنویسید، مثلاً <code>/notify منطقه Asia/Tehran</code>، یا در /notify یکی انتخاب کنید.
notify-scope-followed = در حال تماشا و در فهرست تماشا
notify-scope-premieres = فقط قسمت‌های آغازین
notify-scope-finales = فقط قسمت‌های پایانی
notify-scope-all = همهٔ تقویم شما
notify-quiet-none = ندارد
notify-at-air = هنگام پخش
notify-later-minutes = { $minutes ->
        [one] { $minutes } دقیقه بعد
       *[other] { $minutes } دقیقه بعد
    }
notify-later-hours = { $hours ->
        [one] { $hours } ساعت بعد
       *[other] { $hours } ساعت بعد
    }
notify-before-minutes = { $minutes ->
        [one] { $minutes } دقیقه قبل
       *[other] { $minutes } دقیقه قبل
    }
notify-before-hours = { $hours ->
        [one] { $hours } ساعت قبل
       *[other] { $hours } ساعت قبل
    }
notify-button-off = خاموش
notify-button-each = هر قسمت
notify-button-digest = خلاصهٔ روزانه
notify-button-when = ⏱ زمان: { $when }
notify-button-hour = 🕗 ساعت { $time }
notify-button-scope = 📺 کدام سریال‌ها
notify-button-quiet = 🌙 ساعت‌های سکوت
notify-button-zone = 🌍 منطقهٔ زمانی
notify-button-zone-trakt = از Trakt
notify-button-movies = 🎬 فیلم‌ها
## اعلان
notify-airs = 📺 { $show }، { $time }
notify-binge = 📺 { $show }، { $count ->
        [one] { $count } قسمت تازه
       *[other] { $count } قسمت تازه
    }، { $time }
notify-digest = 🗓 <b>پخش در سریال‌های شما</b>، { $count ->
        [one] { $count } قسمت
       *[other] { $count } قسمت
    }
notify-movie = 🎬 اکران امروز: { $movie }
notify-muted-line = <i>🔕 اعلان‌های این سریال خاموش شد.</i>
notify-more = … و { $count } مورد دیگر
notify-type-series_premiere = آغاز سریال
notify-type-season_premiere = آغاز فصل
notify-type-mid_season_premiere = بازگشت پس از وقفه
notify-type-series_finale = پایان سریال
notify-type-season_finale = پایان فصل
notify-type-mid_season_finale = پایان نیمهٔ فصل
notify-button-seen = ✅ دیدم
notify-button-seen-done = ✅ دیدم ✓
notify-button-open = 🎞 باز کردن
notify-button-all = ✅ همه را دیدم
notify-button-all-yes = ✅ بله، { $count ->
        [one] { $count } قسمت
       *[other] هر { $count } قسمت
    }
notify-button-all-no = انصراف
notify-button-mute = 🔕 خاموشی اعلان این سریال
notify-button-unmute = 🔔 روشن کردن اعلان‌ها
notify-all-done = { $count ->
        [one] { $count } قسمت به‌عنوان دیده‌شده علامت خورد
       *[other] { $count } قسمت به‌عنوان دیده‌شده علامت خورد
    }
notify-muted = اعلان‌های این سریال خاموش شد
notify-unmuted = اعلان‌های این سریال دوباره روشن است
notify-hour-range = 🕗 «{ $typed }» ساعتی از روز نیست: از ۰ تا ۲۳ بنویسید، مثل <code>/notify خلاصه 8</code> یا <code>/notify سکوت 23 7</code>.
notify-offset-range = ⏱ «{ $typed }» نمی‌شود: فاصله به دقیقه است، از ‎−۱۴۴۰‎ تا ۱۴۴۰ (تا یک روز پیش یا پس از پخش)، مثل <code>/notify سریال 60</code>.
notify-quiet-same = 🌙 ساعت‌های سکوت دو ساعت متفاوت می‌خواهد، یک آغاز و یک پایان، مثل <code>/notify سکوت 23 7</code>.
notify-button-muted = 🔕 سریال‌های بدون اعلان ({ $count })
notify-muted-title = 🔕 <b>سریال‌های بدون اعلان</b>: برای این‌ها اعلانی نمی‌فرستم.
notify-muted-none = 🔕 هیچ سریالی بدون اعلان نیست. دکمهٔ 🔕 هر اعلان، اعلان‌های سریالش را خاموش می‌کند.
notify-button-unmute-number = 🔔 روشن کردن { $number }
notify-zone-everywhere = <i>منطقهٔ زمانی شما همه‌جا به کار می‌رود: اعلان‌ها، /calendar، /history، کارت‌ها و چک‌این‌ها.</i>
notify-airs-soon = 📺 { $show }، پخش در { $time }
notify-binge-soon = 📺 { $show }، { $count ->
        [one] { $count } قسمت تازه
       *[other] { $count } قسمت تازه
    }، پخش در { $time }
notify-link-lost = 🔕 اتصال Trakt شما دیگر کار نمی‌کند، برای همین اعلان‌ها متوقف شده‌اند. برای دریافت دوباره‌شان، حسابتان را دوباره متصل کنید.
## پس از اتصال، یک بار
notify-offer = 🔔 می‌خواهید وقتی سریال‌هایتان پخش می‌شوند پیام بگیرید؟ برای هر قسمت یک پیام، با ✅ برای علامت زدنش به‌عنوان دیده‌شده؛ یا یک خلاصهٔ روزانه که هر قسمتش با یک لمس باز می‌شود.
notify-offer-button = 🔔 تنظیم اعلان‌ها
## /due
notify-due-off = اعلان‌ها خاموش‌اند. با /notify روشنشان کنید.
notify-due-empty = در روزهای آینده چیزی برنامه‌ریزی نشده.
notify-due-header = 🗓 <b>برنامه‌ریزی‌شده</b> ({ $zone })، { $count ->
        [one] { $count } اعلان
       *[other] { $count } اعلان
    }
