## /lists
cmd-lists = Your Trakt lists, or someone else’s
lists-usage =
    Show Trakt lists:
    <code>/lists</code> — your own, private ones included
    <code>/lists username</code> — someone else’s public lists (a trakt.tv profile link works too)
lists-header-own = 📋 <b>Your lists</b> · { $count ->
        [one] { $count } list
       *[other] { $count } lists
    }
lists-header-user = 📋 <b>{ $user }’s lists</b> · { $count ->
        [one] { $count } public list
       *[other] { $count } public lists
    }
lists-empty-own = You have no lists yet. Make one on trakt.tv and it shows up here.
lists-empty-user = { $user } has no public lists.
lists-user-hidden = I can’t see { $user }’s lists: this Trakt profile is private or doesn’t exist. Check the username.
lists-list-hidden = This list is private or no longer exists.
lists-item-count =
    { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
lists-likes = ❤️ { $count }
lists-privacy =
    { $privacy ->
        [public] 🌐 public
        [private] 🔒 private
        [friends] 👥 friends only
        [link] 🔗 anyone with the link
       *[other] { $privacy }
    }
lists-items-header-own = 📋 <b>{ $name }</b> · { $size }
lists-items-header-user = 📋 <b>{ $name }</b> by { $user } · { $size }
lists-items-header-unknown = 📋 <b>List</b>
lists-items-empty = This list is empty.
