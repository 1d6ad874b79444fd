# فارسی. کلیدها و جای‌نگهدارها همان‌هایی هستند که در locales/en/bot.ftl آمده‌اند.
# پیام‌ها HTML تلگرام هستند: برچسب‌ها باید بسته شوند؛ < و & را بی‌پوشش در متن نگذارید.
# نشانه‌های جداسازی یونیکد را خود ربات دور جای‌نگهدارها می‌گذارد (use_isolating)؛ دستی اضافه نکنید.
#
# واژه‌نامه: برای هر مفهوم یک واژه، در همهٔ فایل‌های fa/.
#   خطاب              — «شما»؛ ربات دربارهٔ خودش اول‌شخص مفرد حرف می‌زند («پاکش کردم»)
#   watchlist         — فهرست تماشا
#   history           — تاریخچه
#   show / movie      — سریال / فیلم؛ episode — قسمت (نه «اپیزود»)؛ season — فصل
#   special           — قسمت ویژه
#   play              — بار تماشا («حذف یک بار تماشا»، «N بار تماشا»)
#   جداکننده          — «،» کنار رقم‌ها (نه « · »: نقطهٔ وسط کنار رقم فارسی شبیه صفر است)
#   mark watched      — به‌عنوان دیده‌شده علامت زدن؛ watched — دیده‌شده
#   check-in          — چک‌این
#   rating / rate     — امتیاز / امتیاز دادن
#   link / unlink     — متصل کردن حساب Trakt (اتصال) / قطع اتصال
#   command           — دستور (نه «فرمان»)
#   private chat      — گفتگوی خصوصی
#   up next           — قسمت‌های بعدی
#   calendar          — تقویم؛ premiere / finale — آغاز / پایان (فصل، سریال)؛ mid-season — بازگشت پس از وقفه / پایان نیمهٔ فصل
#   notifications     — اعلان‌ها؛ digest — خلاصهٔ روزانه؛ quiet hours — ساعت‌های سکوت؛ mute — بی‌صدا کردن
#   time zone         — منطقهٔ زمانی
#   trending          — داغ
#   watch party       — دورهمی تماشا
#   نشانه‌گذاری       — ، ؛ ؟ فارسی (نه , ; ?)؛ نیم‌فاصله در می‌/ها/ترین: می‌خواهید، فیلم‌ها، داغ‌ترین
#   رقم‌ها            — کد رقم‌ها را فارسی می‌کند: { $n } را دست نزنید؛ رقم‌های داخل <code> لاتین می‌مانند
#   راهنمای دستورها   — هر خط با متن فارسی شروع شود، بعد <code>…</code>، تا جهت خط راست‌به‌چپ بماند

language-name = فارسی
language-name-inline = فارسی
separator = {"، "}

## /start و /help
start-welcome =
    👋 سلام { $name }! با من حساب <b>Trakt.tv</b> شما همیشه در تلگرام دمِ دست است: آنچه دیده‌اید، اینکه بعدش چه ببینید، چه چیزهایی الان داغ است و فهرست تماشای شما. در گروه هم می‌توانم برای امشب چیزی پیدا کنم که هنوز هیچ‌کس ندیده.
help-header = <b>کارهایی که از من برمی‌آید</b>
help-inline = در هر گفتگویی بنویسید <code>@{ $bot } عنوان</code> تا در Trakt جستجو کنید.

## فهرست دستورها (هر کدام یک خط؛ متن ساده، بدون نشانه‌گذاری)
cmd-start = خوشامدگویی و معرفی کارهایم
cmd-help = همهٔ دستورها، هر کدام در یک خط
cmd-trending = آنچه همین حالا تماشا می‌شود
cmd-popular = محبوب‌ترین سریال‌ها و فیلم‌ها
cmd-language = انتخاب زبان

## دکمه‌ها
button-invalid = این دکمه قدیمی شده است. دستور را دوباره بفرستید.
button-not-yours = این دکمه مال کسی است که درخواستش را داده. خودتان دستور را بفرستید تا دکمه‌های خودتان را بگیرید.
page-of = { $page } / { $pages }
kind-shows = 📺 سریال‌ها
kind-movies = 🎬 فیلم‌ها

## فهرست‌ها و کارت‌ها
trending-header-shows = 🔥 <b>سریال‌های داغ</b> · صفحهٔ { $page } از { $pages }
trending-header-movies = 🔥 <b>فیلم‌های داغ</b> · صفحهٔ { $page } از { $pages }
popular-header-shows = ⭐ <b>سریال‌های محبوب</b> · صفحهٔ { $page } از { $pages }
popular-header-movies = ⭐ <b>فیلم‌های محبوب</b> · صفحهٔ { $page } از { $pages }
list-empty = هنوز چیزی اینجا نیست.
watching-now =
    { $count ->
        [one] { $count } نفر در حال تماشا
       *[other] { $count } نفر در حال تماشا
    }
card-untitled = بدون عنوان

## /language
language-current = با شما به <b>{ $language }</b> صحبت می‌کنم. اگر می‌خواهید، زبان دیگری انتخاب کنید:
language-current-auto = از زبان تلگرام شما پیروی می‌کنم (الان <b>{ $language }</b>). برای ثابت ماندن، یکی را انتخاب کنید:
language-auto = 🌐 مثل تلگرام
language-saved = ✅ انجام شد.
language-saved-toast = زبان ذخیره شد

## دسترسی
not-allowed = متأسفم، این ربات خصوصی است. از صاحبش بخواهید شما را اضافه کند.

## خطاها (کوتاه؛ کاربر این‌ها را می‌بیند)
error-generic = 😕 مشکلی از طرف من پیش آمد. لطفاً چند لحظهٔ دیگر دوباره امتحان کنید.
error-short = مشکلی پیش آمد. لطفاً دوباره امتحان کنید.
error-telegram-busy = تلگرام الان شلوغ است. لطفاً چند لحظهٔ دیگر دوباره امتحان کنید.
error-store-busy = ⏳ الان کمی سرم شلوغ است. لطفاً چند لحظهٔ دیگر دوباره امتحان کنید.
error-trakt-rate-limited = درخواست‌ها زیاد شده و Trakt می‌خواهد کمی آهسته‌تر پیش برویم. لطفاً { $seconds } ثانیهٔ دیگر دوباره امتحان کنید.
error-trakt-busy = در حال حاضر Trakt شلوغ است. لطفاً یک دقیقهٔ دیگر دوباره امتحان کنید.
error-trakt-refusing = در حال حاضر Trakt درخواست‌های این ربات را نمی‌پذیرد. مشکل از حساب شما نیست؛ لطفاً بعداً دوباره امتحان کنید.
error-trakt-unauthorized = ورود شما از طرف Trakt پذیرفته نشد. با /link حسابتان را دوباره متصل کنید.
error-trakt-locked = حساب Trakt شما قفل یا غیرفعال شده است. پشتیبانی Trakt می‌تواند آن را باز کند.
error-trakt-vip = برای این کار به Trakt VIP نیاز دارید: { $url }
error-trakt-account-limit = به یکی از محدودیت‌های حساب Trakt خود رسیده‌اید (مثلاً پر شدن فهرست تماشا). چیزی را حذف کنید یا به VIP ارتقا دهید.
error-trakt-not-found = چنین چیزی در Trakt پیدا نشد.
error-trakt-down = در حال حاضر Trakt پاسخ نمی‌دهد. لطفاً چند دقیقهٔ دیگر دوباره امتحان کنید.
error-trakt-other = این کار در Trakt انجام نشد (خطای { $status }). لطفاً بعداً دوباره امتحان کنید.

## ژانرها (شناسه‌های Trakt)
genre-action = اکشن
genre-adventure = ماجراجویی
genre-animation = انیمیشن
genre-anime = انیمه
genre-biography = زندگی‌نامه‌ای
genre-children = کودک
genre-comedy = کمدی
genre-crime = جنایی
genre-documentary = مستند
genre-donghua = دونگهوا
genre-drama = درام
genre-family = خانوادگی
genre-fantasy = فانتزی
genre-game-show = مسابقه
genre-history = تاریخی
genre-holiday = تعطیلات
genre-home-and-garden = خانه و باغ
genre-horror = ترسناک
genre-mini-series = مینی‌سریال
genre-music = موسیقی
genre-musical = موزیکال
genre-mystery = معمایی
genre-news = خبری
genre-reality = ریالیتی‌شو
genre-romance = عاشقانه
genre-science-fiction = علمی‌تخیلی
genre-short = کوتاه
genre-soap = سریال عامه‌پسند
genre-special-interest = تخصصی
genre-sporting-event = ورزشی
genre-superhero = ابرقهرمانی
genre-suspense = دلهره‌آور
genre-talk-show = تاک‌شو
genre-thriller = هیجانی
genre-war = جنگی
genre-western = وسترن

## دکمه‌های مشترک
button-back = ◀ بازگشت

## درخواست اتصال (مشترک: هر دستور شخصی ممکن است لازمشان داشته باشد)
button-link = 🔗 اتصال به Trakt
link-needed = برای این کار به حساب Trakt شما نیاز است. فقط یک بار متصلش کنید — یک دقیقه طول می‌کشد و من هرگز رمز عبورتان را نمی‌بینم.
link-needed-group = برای این کار به حساب Trakt شما نیاز است. آن را در گفتگوی خصوصی با من متصل کنید — اینجا هیچ کدی نمایش داده نمی‌شود.
link-needed-short = اول حساب Trakt خود را متصل کنید.
link-lost = دسترسی این ربات به حساب شما از طرف Trakt قطع شد (لغو شده یا منقضی شده است). برای ادامه، دوباره متصلش کنید.

## پربیننده‌ترین‌ها
discover-list-trending = 🔥 داغ
discover-list-popular = ⭐ محبوب
discover-list-watched = 👀 پربیننده‌ترین
discover-period-weekly = هفته
discover-period-monthly = ماه
discover-period-yearly = سال
discover-period-all = همهٔ زمان‌ها
discover-when-weekly = این هفته
discover-when-monthly = این ماه
discover-when-yearly = امسال
discover-when-all = در همهٔ زمان‌ها
discover-watched-header-shows = 👀 <b>پربیننده‌ترین سریال‌ها</b> { $period } · صفحهٔ { $page } از { $pages }
discover-watched-header-movies = 👀 <b>پربیننده‌ترین فیلم‌ها</b> { $period } · صفحهٔ { $page } از { $pages }
discover-watchers =
    { $count ->
        [one] { $count } بیننده
       *[other] { $count } بیننده
    }
discover-plays =
    { $count ->
        [one] { $count } بار تماشا
       *[other] { $count } بار تماشا
    }
discover-details-hint = <i>برای دیدن جزئیات هر عنوان، روی شماره‌اش در پایین بزنید.</i>

## A person's own data asked for in a group goes to their private chat
private-sent = 📬 { $name }، این را در گفتگوی خصوصی برایتان فرستادم.
private-share = 📤 اشتراک در گروه
private-shared-by = 📤 { $name } این را به اشتراک گذاشت:
private-shared = در گروه به اشتراک گذاشته شد.
private-share-failed = نمی‌توانم در آن گروه پیام بگذارم: شما یا من دیگر عضو آن نیستیم.
private-start-first = { $name }، هنوز نمی‌توانم به شما پیام بدهم: یک گفتگوی خصوصی با من باز کنید، «شروع» را بزنید و دوباره بپرسید.
private-open = 💬 باز کردن گفتگوی خصوصی

# Fair use (bot/trakt/fair.py): one person over their budget; the shared budget full.
error-too-fast = ⏳ سریع‌تر از آن پیش می‌روید که بتوانم از Trakt بپرسم. { $seconds } ثانیهٔ دیگر دوباره امتحان کنید.
error-too-fast-login = ⏳ تلاش‌های ورود پشت سر هم زیاد شده است. { $seconds } ثانیهٔ دیگر دوباره امتحان کنید.
error-bot-busy = ⏳ الان افراد زیادی هم‌زمان از Trakt درخواست می‌کنند. لطفاً { $seconds } ثانیهٔ دیگر دوباره امتحان کنید.
