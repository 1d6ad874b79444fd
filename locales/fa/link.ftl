# /link، /unlink و /me (bot/features/link.py، link_poll.py، account.py).
# هرگز توکن در پیام نگذارید؛ کد کوتاه دستگاه فقط به گفتگوی خصوصی فرستاده می‌شود.

## فهرست دستورها (متن ساده)
cmd-link = اتصال حساب Trakt
cmd-unlink = قطع اتصال حساب Trakt
cmd-me = حساب Trakt متصل شما و محدودیت‌هایش

## /link در گفتگوی خصوصی
link-device =
    🔗 <b>اتصال حساب Trakt</b>

    ۱. روی <b>باز کردن Trakt</b> در پایین بزنید و اگر خواست، وارد Trakt شوید.
    ۲. مطمئن شوید صفحه کد <code>{ $code }</code> را نشان می‌دهد، بعد تأیید کنید.

    این کد { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقه
    } اعتبار دارد. به‌محض اینکه تأیید کنید، همین‌جا خبرتان می‌کنم.
link-device-relink = الان با حساب <b>{ $username }</b> متصل هستید؛ با تأیید، این گفتگو به حساب جدید منتقل می‌شود.
link-device-fallback = صفحه کار نمی‌کند؟ <a href="{ $url }">از اینجا وارد شوید</a> و کدی را که Trakt نشان می‌دهد برایم بفرستید.
link-button-open = 🔑 باز کردن Trakt
link-button-cancel = ✖️ لغو
link-button-again = 🔄 شروع دوباره
link-button-private = 🔗 اتصال در گفتگوی خصوصی
link-open-private = برای اتصال حساب، یک گفتگوی خصوصی با من باز کنید.
link-stale = این ورود قبلاً تمام شده است.
link-cancelled = لغو شد: چیزی متصل نشد.
link-cancelled-toast = لغو شد
link-replaced = ↪️ این کد با کد جدیدتری که در پایین است جایگزین شد.

## پایان اتصال
link-code-used = 🔐 این ورود تمام شده و کد دیگر کار نمی‌کند.
link-done = ✅ با حساب <b>{ $username }</b> متصل شدید. حالا دستورهای شخصی کار می‌کنند: /me حساب را نشان می‌دهد، /unlink اتصال را قطع می‌کند و /help همهٔ دستورها را فهرست می‌کند.
# Linked, but Trakt did not say yet whose account it is (the name shows on /me later).
link-done-unnamed = ✅ حساب Trakt شما متصل شد. حالا دستورهای شخصی کار می‌کنند: /me حساب را نشان می‌دهد، /unlink اتصال را قطع می‌کند و /help همهٔ دستورها را فهرست می‌کند.
link-denied = 🚫 درخواست در Trakt رد شد، پس چیزی متصل نشد.
link-expired = ⌛ کد پیش از تأیید منقضی شد. چیزی متصل نشد.
link-invalid = ❓ این کد دیگر برای Trakt شناخته‌شده نیست. چیزی متصل نشد.
link-already-used = ⚠️ این کد قبلاً استفاده شده است. اگر خودتان تأییدش کردید، با /me بررسی کنید؛ وگرنه از اول شروع کنید.
link-failed = اتصال کامل نشد. { $reason }
link-expired-away = ⌛ وقتی در دسترس نبودم، مهلت تلاش شما برای اتصال تمام شد — ببخشید! هر وقت خواستید دوباره شروع کنید؛ یک دقیقه بیشتر طول نمی‌کشد.
link-unreadable-away = ⌛ نتوانستم پس از راه‌اندازی دوباره، تلاش شما برای اتصال را ادامه دهم — ببخشید! هر وقت خواستید دوباره شروع کنید؛ یک دقیقه بیشتر طول نمی‌کشد.

## کدی که کاربر فرستاده
link-code-wrong = ❌ این کد از طرف Trakt پذیرفته نشد: شاید اشتباه تایپ شده، منقضی شده یا قبلاً استفاده شده باشد. کد جدیدی بگیرید و دوباره امتحان کنید. (پیامتان را که کد در آن بود پاک کردم.)
link-code-is-device = این کد را باید در صفحهٔ Trakt وارد کنید، نه اینجا. روی <b>باز کردن Trakt</b> در بالا بزنید و همان‌جا تأیید کنید.

## /link در گروه
link-group = 🔒 اتصال در گفتگوی خصوصی با من انجام می‌شود تا هیچ کدی اینجا نمایش داده نشود. برای ادامه، روی دکمه بزنید.
link-group-code-deleted = 🔒 آن پیام را پاک کردم: کدهای ورود هرگز نباید در گروه فرستاده شوند. به‌جایش /link را در گفتگوی خصوصی برایم بفرستید.
link-group-code-not-deleted = 🔒 لطفاً آخرین پیامتان را پاک کنید: یک کد ورود در آن است و من اینجا نمی‌توانم پاکش کنم. به‌جایش /link را در گفتگوی خصوصی برایم بفرستید.

## /unlink
unlink-confirm = اتصال حساب Trakt <b>{ $username }</b> قطع شود؟ اینجا فراموشش می‌کنم و از Trakt می‌خواهم دسترسی‌ام را ببندد.
unlink-button-yes = بله، قطع کن
unlink-button-no = لغو
unlink-done = ✅ اتصال <b>{ $username }</b> قطع شد: اینجا فراموشش کردم و Trakt دسترسی‌ام را بست. هر وقت خواستید، با /link دوباره متصل شوید.
unlink-done-local = ✅ اتصال <b>{ $username }</b> اینجا قطع شد. Trakt پاسخی نداد، پس ممکن است دسترسی من هنوز در <a href="{ $url }">برنامه‌های متصل</a> شما در Trakt دیده شود؛ می‌توانید از همان‌جا لغوش کنید.
unlink-unreadable = 🧹 دیگر نمی‌توانستم اتصال Trakt ذخیره‌شده برای شما را بخوانم، پس حذفش کردم. ممکن است دسترسی من هنوز در <a href="{ $url }">برنامه‌های متصل</a> شما در Trakt دیده شود؛ می‌توانید از همان‌جا لغوش کنید. هر وقت خواستید با /link دوباره متصل شوید.
unlink-kept = چیزی تغییر نکرد: هنوز با <b>{ $username }</b> متصل هستید.
unlink-none = دیگر هیچ حسابی از Trakt اینجا متصل نیست.

## /me
me-header = 👤 <b>حساب Trakt شما</b>
me-user = <a href="{ $url }">{ $username }</a>
me-user-named = <a href="{ $url }">{ $username }</a> ({ $name })
me-since = از { $date } اینجا متصل است
me-vip = ⭐ Trakt VIP
me-free = حساب رایگان (غیر VIP)
me-private = 🔒 پروفایل Trakt شما خصوصی است.
me-header-shared = 👤 <b>حساب Trakt { $username }</b>
me-since-shared = از { $date } به این ربات متصل است
me-private-shared = 🔒 این پروفایل Trakt خصوصی است.
me-limits-header = <b>محدودیت‌هایی که Trakt برای این حساب گذاشته</b>
me-limit-lists = • فهرست‌های شخصی: حداکثر { $count ->
        [one] { $count } فهرست
       *[other] { $count } فهرست
    }، هر کدام حداکثر { $limit ->
        [one] { $limit } مورد
       *[other] { $limit } مورد
    }
me-limit-lists-count = • فهرست‌های شخصی: حداکثر { $count ->
        [one] { $count } فهرست
       *[other] { $count } فهرست
    }
me-limit-watchlist = • فهرست تماشا: حداکثر { $count ->
        [one] { $count } عنوان
       *[other] { $count } عنوان
    }
me-limit-collection = • کلکسیون: حداکثر { $count ->
        [one] { $count } عنوان
       *[other] { $count } عنوان
    }
me-limit-favorites = • علاقه‌مندی‌ها: حداکثر { $count ->
        [one] { $count } عنوان
       *[other] { $count } عنوان
    }
me-limit-notes = • یادداشت‌ها: حداکثر { $count ->
        [one] { $count } یادداشت
       *[other] { $count } یادداشت
    }
me-limits-none = هیچ محدودیتی از طرف Trakt برای این حساب گزارش نشد.
me-button-profile = 🌐 پروفایل در Trakt
me-button-unlink = قطع اتصال
