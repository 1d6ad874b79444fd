## /calendar
cmd-calendar = تقویم: قسمت‌ها و اکران فیلم‌های شما، روزبه‌روز، هر بار ۷ روز
calendar-usage =
    آنچه در ۷ روز آینده برای شما پخش می‌شود را روزبه‌روز و به وقت منطقهٔ زمانی خودتان نشان می‌دهم:
    قسمت‌ها و فیلم‌ها: <code>/calendar</code>
    فقط قسمت‌ها: <code>/calendar سریال‌ها</code>
    فقط اکران فیلم‌ها: <code>/calendar فیلم‌ها</code>
calendar-header-a = 📅 <b>تقویم شما</b>، { $dates }
calendar-header-s = 📺 <b>قسمت‌های شما</b>، { $dates }
calendar-header-m = 🎬 <b>اکران فیلم‌های شما</b>، { $dates }
calendar-empty-a = در این ۷ روز چیزی در تقویم شما نیست. سریال‌ها و فیلم‌هایی که تماشا می‌کنید، در مجموعه دارید یا در فهرست تماشای شما هستند اینجا می‌آیند؛ با ◀ ▶ به هفته‌های دیگر بروید.
calendar-empty-s = در این ۷ روز قسمت تازه‌ای از سریال‌های شما پخش نمی‌شود. با ◀ ▶ به هفته‌های دیگر بروید.
calendar-empty-m = در این ۷ روز هیچ‌کدام از فیلم‌های شما اکران نمی‌شود. با ◀ ▶ به هفته‌های دیگر بروید.
calendar-today = امروز، { $date }
calendar-tomorrow = فردا، { $date }
calendar-yesterday = دیروز، { $date }
calendar-episodes =
    { $count ->
        [one] { $count } قسمت
       *[other] { $count } قسمت
    }
calendar-type-series-premiere = 🆕 آغاز سریال
calendar-type-season-premiere = 🆕 آغاز فصل
calendar-type-mid-season-premiere = ▶️ بازگشت پس از وقفه
calendar-type-mid-season-finale = ⏸ پایان نیمهٔ فصل
calendar-type-season-finale = 🏁 پایان فصل
calendar-type-series-finale = 🔚 پایان سریال
calendar-zone = <i>ساعت‌ها به وقت { $zone }.</i>
calendar-zone-utc = <i>ساعت‌ها به وقت UTC است. منطقهٔ زمانی شما نیست؟ آن را در <a href="{ $url }">تنظیمات Trakt</a> تعیین کنید.</i>
calendar-kind-a = همه
calendar-kind-s = 📺 سریال‌ها
calendar-kind-m = 🎬 فیلم‌ها
calendar-button-earlier = ◀ { $date }
calendar-button-later = { $date } ▶
calendar-button-this-week = این هفته
