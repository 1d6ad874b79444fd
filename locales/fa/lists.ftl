## /lists
cmd-lists = فهرست‌های Trakt شما یا دیگران
lists-usage =
    فهرست‌های Trakt را نشان می‌دهم:
    فهرست‌های خودتان، با خصوصی‌ها: <code>/lists</code>
    فهرست‌های عمومی یک نفر دیگر (لینک پروفایل trakt.tv هم کار می‌کند): <code>/lists نام‌کاربری</code>
lists-header-own = 📋 <b>فهرست‌های شما</b>، { $count ->
        [one] { $count } فهرست
       *[other] { $count } فهرست
    }
lists-header-user = 📋 <b>فهرست‌های { $user }</b>، { $count ->
        [one] { $count } فهرست عمومی
       *[other] { $count } فهرست عمومی
    }
lists-empty-own = هنوز هیچ فهرستی ندارید. یکی در trakt.tv بسازید تا اینجا نمایش داده شود.
lists-empty-user = کاربر { $user } هیچ فهرست عمومی‌ای ندارد.
lists-user-hidden = فهرست‌های { $user } را نمی‌بینم: این پروفایل Trakt خصوصی است یا وجود ندارد. نام کاربری را بررسی کنید.
lists-list-hidden = این فهرست خصوصی است یا دیگر وجود ندارد.
lists-item-count =
    { $count ->
        [one] { $count } مورد
       *[other] { $count } مورد
    }
lists-likes = ❤️ { $count }
lists-privacy =
    { $privacy ->
        [public] 🌐 عمومی
        [private] 🔒 خصوصی
        [friends] 👥 فقط دوستان
        [link] 🔗 هر کس لینک را دارد
       *[other] { $privacy }
    }
lists-items-header-own = 📋 فهرست <b>{ $name }</b>، { $size }
lists-items-header-user = 📋 فهرست <b>{ $name }</b> از { $user }، { $size }
lists-items-header-unknown = 📋 <b>فهرست</b>
lists-items-empty = این فهرست خالی است.
