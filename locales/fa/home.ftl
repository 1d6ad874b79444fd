# منو (/start و ☰ منو): دنیای شما در دکمه‌ها؛ تنظیمات؛ /start در گروه.

home-menu = ☰ منو
home-title = ☰ <b>منو</b>
home-title-linked = ☰ <b>منو</b> · Trakt: <b>{ $username }</b>
home-hint = <i>روی یکی از دکمه‌ها بزنید، یا برای دیدن همهٔ دستورها /help را بفرستید.</i>
home-unlinked = حساب Trakt خود را متصل کنید تا قسمت‌های بعدی، تقویم، تاریخچه، فهرست تماشا و آمارتان همین‌جا دیده شود. تا آن موقع می‌توانید ببینید چه چیزی داغ است یا عنوانی را جستجو کنید.
home-next = ▶️ قسمت‌های بعدی
home-calendar = 📅 تقویم
home-history = 🕘 تاریخچه
home-watchlist = 📌 فهرست تماشا
home-recommend = 💡 برای شما
home-lists = 📋 فهرست‌ها
home-trending = 🔥 داغ
home-search = 🔍 جستجو
home-stats = 📊 آمار
home-settings = ⚙️ تنظیمات
home-language = 🌐 زبان
home-notify = 🔔 اعلان‌ها
home-account = 👤 حساب Trakt
home-settings-title = ⚙️ <b>تنظیمات</b>
home-settings-language = زبان: <b>{ $language }</b>
home-settings-language-auto = زبان: <b>{ $language }</b>، همان زبان تلگرام شما
home-settings-linked = حساب Trakt: <b>{ $username }</b>
home-settings-unlinked = حساب Trakt: هنوز متصل نشده
home-group = 👋 سلام { $name }! اینجا در گروه: /party چیزی را برای تماشای جمعی پیدا می‌کند که هنوز کسی ندیده، /trending نشان می‌دهد چه چیزی داغ است، و با <code>@{ $bot } عنوان</code> می‌توانید عنوانی را به اشتراک بگذارید. منوی شخصی شما (قسمت‌های بعدی، تاریخچه، فهرست تماشا) در گفتگوی خصوصی ما است.
home-open-private = ☰ باز کردن منوی من
