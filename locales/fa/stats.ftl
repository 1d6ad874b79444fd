## /stats
cmd-stats = آمار شما و نمودار یک سالتان
stats-usage = فقط <code>/stats</code> را بفرستید: آمار Trakt شما و نمودار ۱۲ ماه گذشته.
stats-header = 📊 <b>آمار Trakt شما</b>
stats-movies =
    🎬 <b>فیلم‌ها</b>: { $count } فیلم دیده‌شده، { $plays ->
        [one] { $plays } بار تماشا
       *[other] { $plays } بار تماشا
    }، { $time }
stats-shows =
    📺 <b>سریال‌ها</b>: { $count ->
        [one] { $count } سریال شروع‌شده
       *[other] { $count } سریال شروع‌شده
    }
stats-episodes =
    🎞 <b>قسمت‌ها</b>: { $count } قسمت دیده‌شده، { $plays ->
        [one] { $plays } بار تماشا
       *[other] { $plays } بار تماشا
    }، { $time }
stats-total = ⏱ <b>کل زمان تماشا</b>: { $time }
stats-total-days =
    ⏱ <b>کل زمان تماشا</b>: { $time }، یعنی حدود { $count ->
        [one] { $count } روز
       *[other] { $count } روز
    }
stats-ratings =
    ⭐ <b>امتیازها</b>: { $count ->
        [one] { $count } امتیاز داده‌اید
       *[other] { $count } امتیاز داده‌اید
    }، با میانگین { $average }
stats-ratings-none = ⭐ <b>امتیازها</b>: هنوز امتیازی نداده‌اید
stats-chart-caption = <i>در تصویر: ساعت‌های تماشا در هر ماه در ۱۲ ماه گذشته، و امتیازهایی که داده‌اید.</i>

## The chart (plain text drawn into the picture)
stats-chart-title = سال شما در Trakt
stats-chart-subtitle = { $time } تماشا در ۱۲ ماه گذشته
stats-chart-hours = ساعت‌های تماشا در هر ماه
stats-chart-hours-empty = در ۱۲ ماه گذشته چیزی تماشا نکرده‌اید
stats-chart-ratings = امتیازهای شما
stats-chart-ratings-average = امتیازهای شما، میانگین { $average }
stats-chart-ratings-empty = هنوز امتیازی نداده‌اید
stats-chart-since = از { $date } شمرده شده است: بیش از آنچه من برای یک نمودار از Trakt می‌گیرم تماشا کرده‌اید.
