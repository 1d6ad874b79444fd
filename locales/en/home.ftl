# Home (/start and ☰ Menu): the person's world as buttons, in one message that navigation
# edits in place; its settings screen; /start in a group.

home-menu = ☰ Menu
home-title = ☰ <b>Menu</b>
home-title-linked = ☰ <b>Menu</b> · Trakt: <b>{ $username }</b>
home-hint = <i>Tap a button — or send /help for every command.</i>
home-unlinked = Link your Trakt account to see what to watch next, your calendar, history, watchlist and stats right here. Until then, see what is trending or search for a title.
home-next = ▶️ Up next
home-calendar = 📅 Calendar
home-history = 🕘 History
home-watchlist = 📌 Watchlist
home-recommend = 💡 For you
home-lists = 📋 Lists
home-trending = 🔥 Trending
home-search = 🔍 Search
home-stats = 📊 Stats
home-settings = ⚙️ Settings
home-language = 🌐 Language
home-notify = 🔔 Notifications
home-account = 👤 Trakt account
home-settings-title = ⚙️ <b>Settings</b>
home-settings-language = Language: <b>{ $language }</b>
home-settings-language-auto = Language: <b>{ $language }</b>, as in your Telegram
home-settings-linked = Trakt account: <b>{ $username }</b>
home-settings-unlinked = Trakt account: not linked yet
home-group = 👋 Hi, { $name }! Here in the group: /party picks something to watch together that nobody has seen yet, /trending shows what is hot, and <code>@{ $bot } title</code> shares a title. Your own menu — up next, history, watchlist — is in our private chat.
home-open-private = ☰ Open my menu
