# /search: جستجوی سریال، فیلم و افراد در Trakt.
# پیام‌ها HTML تلگرام هستند؛ برچسب دکمه‌ها و هشدارها متن ساده‌اند.

cmd-search = جستجوی سریال، فیلم یا شخص
search-usage = 🔎 دنبال چه بگردم؟ در پاسخ به این پیام عنوان یا نامی بفرستید، یا بنویسید <code>/search عنوان</code> — مثلاً <code>/search breaking bad</code>.
search-field = عنوان یا نام
search-prompt =
    🔍 <b>جستجو</b>
    عنوان یا نامی بفرستید (سریال، فیلم یا شخص) تا در Trakt پیدایش کنم.
search-prompt-inline =
    🔍 <b>جستجو</b>
    عنوان یا نامی بفرستید (سریال، فیلم یا شخص) تا در Trakt پیدایش کنم.
    یا روی دکمهٔ زیر بزنید تا نتیجه‌ها را همزمان با نوشتن ببینید.
search-inline-button = 🔎 جستجو هنگام نوشتن
search-header = 🔎 جستجوی <b>{ $query }</b>، صفحهٔ { $page } از { $pages }
search-footer = <i>برای دیدن جزئیات، روی یک شماره بزنید.</i>
search-none = 🔎 چیزی برای <b>{ $query }</b> پیدا نشد. املا را بررسی کنید یا عنوان اصلی را امتحان کنید.
search-no-more = 🔎 نتیجهٔ دیگری برای <b>{ $query }</b> نیست.
search-expired = این جستجو منقضی شده است. دوباره /search را بفرستید.
search-kind-show = 📺 سریال
search-kind-movie = 🎬 فیلم
