## /next
# هر خط با متن فارسی شروع می‌شود تا جهت پاراگراف راست‌به‌چپ بماند.
cmd-next = قسمت بعدی هر سریالی که تماشا می‌کنید
next-usage =
    قسمت بعدی هر سریالی را که تماشا می‌کنید، از تازه‌ترین، نشان می‌دهم:
    فقط بنویسید <code>/next</code>
    کلمهٔ دیگری لازم نیست.
next-header =
    ▶️ <b>قسمت‌های بعدی</b>، { $count ->
        [one] { $count } سریال در حال تماشا
       *[other] { $count } سریال در حال تماشا
    }
next-empty = سریالی در حال تماشا ندارید. قسمت اول یک سریال را ببینید تا قسمت بعدی‌اش اینجا بیاید؛ در /trending ایده پیدا می‌کنید.
next-progress = { $number } از { $count }
next-aired = پخش‌شده در { $date }
next-aired-today = امروز پخش شد
next-aired-yesterday = دیروز پخش شد
next-legend = <i>✅ این قسمت را دیدم · 🎞 قسمت · 📺 سریال · 🎬 چک‌این</i>
next-button-seen = ✅ { $number }
next-button-episode = 🎞 { $number }
next-button-show = 📺 { $number }
next-button-checkin = 🎬 { $number }
