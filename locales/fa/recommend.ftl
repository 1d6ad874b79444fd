# /recommend: پیشنهادهای شخصی Trakt.

cmd-recommend = سریال‌ها و فیلم‌هایی که برای شما انتخاب شده‌اند
recommend-header-shows =
    💡 <b>سریال‌هایی برای شما</b>، { $count ->
        [one] { $count } پیشنهاد
       *[other] { $count } پیشنهاد
    } از Trakt
recommend-header-movies =
    💡 <b>فیلم‌هایی برای شما</b>، { $count ->
        [one] { $count } پیشنهاد
       *[other] { $count } پیشنهاد
    } از Trakt
recommend-empty-shows = هنوز پیشنهاد سریالی از Trakt برای شما وجود ندارد. چند سریال را در Trakt تماشا کنید و به آن‌ها امتیاز بدهید، بعد دوباره بپرسید.
recommend-empty-movies = هنوز پیشنهاد فیلمی از Trakt برای شما وجود ندارد. چند فیلم را در Trakt تماشا کنید و به آن‌ها امتیاز بدهید، بعد دوباره بپرسید.
recommend-in-watchlist = ✅ در فهرست تماشای شما
recommend-watched = 👁 دیده‌شده
recommend-hidden = 🙈 <i>علاقه‌ای ندارم: Trakt دیگر آن را پیشنهاد نمی‌کند.</i>
recommend-legend = <i>برای جزئیات روی عنوان بزنید · ➕ افزودن به فهرست تماشا (➖ حذف) · 👁 علامت دیده‌شده · 🙈 علاقه‌ای ندارم</i>
recommend-icon-wl = ➕
recommend-icon-unwl = ➖
recommend-icon-seen = 👁
recommend-icon-seen-done = ✅
recommend-icon-hide = 🙈
