## /lists
cmd-lists = Trakt listelerin ya da başkalarının listeleri
lists-usage =
    Trakt listelerini gösteririm:
    <code>/lists</code> — kendi listelerin, gizli olanlar dahil
    <code>/lists kullanıcıadı</code> — başka birinin herkese açık listeleri (trakt.tv profil bağlantısı da olur)
lists-header-own = 📋 <b>Listelerin</b> · { $count ->
        [one] { $count } liste
       *[other] { $count } liste
    }
lists-header-user = 📋 <b>{ $user } kullanıcısının listeleri</b> · { $count ->
        [one] { $count } herkese açık liste
       *[other] { $count } herkese açık liste
    }
lists-empty-own = Henüz hiç listen yok. trakt.tv'de bir liste oluştur, burada görünsün.
lists-empty-user = { $user } kullanıcısının herkese açık listesi yok.
lists-user-hidden = { $user } kullanıcısının listelerini göremiyorum: bu Trakt profili gizli ya da mevcut değil. Kullanıcı adını kontrol et.
lists-list-hidden = Bu liste gizli ya da artık mevcut değil.
lists-item-count =
    { $count ->
        [one] { $count } öğe
       *[other] { $count } öğe
    }
lists-likes = ❤️ { $count }
lists-privacy =
    { $privacy ->
        [public] 🌐 herkese açık
        [private] 🔒 gizli
        [friends] 👥 yalnızca arkadaşlar
        [link] 🔗 bağlantıya sahip herkes
       *[other] { $privacy }
    }
lists-items-header-own = 📋 <b>{ $name }</b> · { $size }
lists-items-header-user = 📋 <b>{ $name }</b> · oluşturan: { $user } · { $size }
lists-items-header-unknown = 📋 <b>Liste</b>
lists-items-empty = Bu liste boş.
