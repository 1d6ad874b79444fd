# حالت درون‌خطی: «@bot عنوان» در هر گفتگویی.
# پیام‌ها HTML تلگرام هستند؛ عنوان و توضیح نتیجه‌ها، دکمه‌ها و هشدارها متن ساده‌اند.

inline-title = { $title }، { $kind }
inline-kind-show = سریال
inline-kind-movie = فیلم
inline-mark-watched = ✅ دیده‌شده
inline-mark-watchlist = 📌 در فهرست تماشای شما
inline-card-link = 🔗 <a href="{ $url }">مشاهده در Trakt</a>
inline-add = ➕ افزودن به فهرست تماشای من
inline-link = 🔗 برای دیدن سابقهٔ تماشا، Trakt را متصل کنید
inline-unavailable = ⚠️ دسترسی به Trakt ممکن نیست؛ چند لحظهٔ دیگر دوباره امتحان کنید
inline-link-hint = حساب Trakt شما هنوز متصل نشده است. @{ $bot } را باز کنید، /link را بفرستید و بعد دوباره روی دکمه بزنید.
