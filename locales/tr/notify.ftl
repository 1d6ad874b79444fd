## /notify: bölümlerin yayınlandığında bildirim
cmd-notify = Bölümlerin yayınlandığında bildirim
notify-usage =
    Dizilerin yayınlandığında bildirim. Düğmelere dokun ya da yaz:
    <code>/notify diziler</code> — her bölüm yayınlandığında (<code>/notify diziler 60</code>: bir saat sonra)
    <code>/notify özet 8</code> — her gün 08:00'de bir özet
    <code>/notify kapalı</code> — bildirim yok (<code>/notify açık</code>: yeniden aç)
    <code>/notify dilim Europe/Istanbul</code> — saat dilimin
    <code>/notify sessiz 23 7</code> — sessiz saatler (<code>/notify sessiz kapalı</code>)
    <code>/notify filmler açık</code> — film vizyonları da
    <code>/notify prömiyerler</code>, <code>finaller</code> ya da <code>hepsi</code> — hangi bölümler
notify-title = 🔔 <b>Bildirimler</b>
notify-mode-off-now = Kapalı: hiçbir şey gönderilmiyor.
notify-mode-each-now = Her bölüm, { $when }.
notify-mode-digest-now = Her gün { $time } saatinde bir özet.
notify-scope-now = Diziler: { $scope }
notify-quiet-now = Sessiz saatler: { $quiet }
notify-zone-trakt = Saat dilimi: { $zone }, Trakt ayarlarından
notify-zone-chosen = Saat dilimi: { $zone }, burada seçildi
notify-movies-now = Film vizyonları: { $on ->
        [true] açık
       *[false] kapalı
    }
notify-zone-hint = Bir saat dilimi seç ya da yaz: <code>/notify dilim Europe/Istanbul</code>
notify-zone-unknown = 🌍 “{ $zone }” diye bir saat dilimi bilmiyorum. Bir yerin dilimini Bölge/Şehir olarak yaz, örneğin <code>/notify dilim Europe/Istanbul</code>, ya da /notify içinden birini seç.
notify-scope-followed = izlediklerin ve izleme listen
notify-scope-premieres = yalnızca prömiyerler
notify-scope-finales = yalnızca finaller
notify-scope-all = takvimindeki her şey
notify-quiet-none = yok
notify-at-air = yayın saatinde
notify-later-minutes = { $minutes ->
        [one] { $minutes } dakika sonra
       *[other] { $minutes } dakika sonra
    }
notify-later-hours = { $hours ->
        [one] { $hours } saat sonra
       *[other] { $hours } saat sonra
    }
notify-before-minutes = { $minutes ->
        [one] { $minutes } dakika önce
       *[other] { $minutes } dakika önce
    }
notify-before-hours = { $hours ->
        [one] { $hours } saat önce
       *[other] { $hours } saat önce
    }
notify-button-off = Kapalı
notify-button-each = Her bölüm
notify-button-digest = Günlük özet
notify-button-when = ⏱ Ne zaman: { $when }
notify-button-hour = 🕗 Saat { $time }
notify-button-scope = 📺 Hangi diziler
notify-button-quiet = 🌙 Sessiz saatler
notify-button-zone = 🌍 Saat dilimi
notify-button-zone-trakt = Trakt'takini kullan
notify-button-movies = 🎬 Filmler
## bildirim
notify-airs = 📺 { $show } · { $time }
notify-binge = 📺 { $show } · { $count ->
        [one] { $count } yeni bölüm
       *[other] { $count } yeni bölüm
    } · { $time }
notify-digest = 🗓 <b>Dizilerinde yayında</b> · { $count ->
        [one] { $count } bölüm
       *[other] { $count } bölüm
    }
notify-movie = 🎬 Bugün vizyonda: { $movie }
notify-muted-line = <i>🔕 Sessize alındı: bu dizi için artık bildirim yok.</i>
notify-more = … ve { $count } tane daha
notify-type-series_premiere = dizi prömiyeri
notify-type-season_premiere = sezon prömiyeri
notify-type-mid_season_premiere = aradan dönüş
notify-type-series_finale = dizi finali
notify-type-season_finale = sezon finali
notify-type-mid_season_finale = sezon arası finali
notify-button-seen = ✅ İzledim
notify-button-seen-done = ✅ İzledim ✓
notify-button-open = 🎞 Aç
notify-button-all = ✅ Hepsini izledim
notify-button-all-yes = ✅ Evet, { $count ->
        [one] { $count } bölüm
       *[other] { $count } bölümün hepsi
    }
notify-button-all-no = Vazgeç
notify-button-mute = 🔕 Bu diziyi sessize al
notify-button-unmute = 🔔 Sesi aç
notify-all-done = { $count ->
        [one] { $count } bölüm izlendi olarak işaretlendi
       *[other] { $count } bölüm izlendi olarak işaretlendi
    }
notify-muted = Sessize alındı: bu dizi için artık bildirim yok
notify-unmuted = Bu dizinin bildirimleri yeniden açık
notify-hour-range = 🕗 “{ $typed }” günün bir saati değil: 0–23 arası yaz, örneğin <code>/notify özet 8</code> ya da <code>/notify sessiz 23 7</code>.
notify-offset-range = ⏱ “{ $typed }” olmaz: fark dakika cinsinden, -1440 ile 1440 arası (yayından en çok bir gün önce ya da sonra), örneğin <code>/notify diziler 60</code>.
notify-quiet-same = 🌙 Sessiz saatler için iki farklı saat gerekir, bir başlangıç ve bir bitiş, örneğin <code>/notify sessiz 23 7</code>.
notify-button-muted = 🔕 Sessizdeki diziler ({ $count })
notify-muted-title = 🔕 <b>Sessize alınan diziler</b>: bunlar için bildirim gelmez.
notify-muted-none = 🔕 Sessize alınmış dizi yok. Bir bildirimin 🔕 düğmesi o diziyi sessize alır.
notify-button-unmute-number = 🔔 { $number } sesini aç
notify-zone-everywhere = <i>Saat dilimin her yerde kullanılır: bildirimler, /calendar, /history, kartlar ve check-in'ler.</i>
notify-airs-soon = 📺 { $show } · yayın saati { $time }
notify-binge-soon = 📺 { $show } · { $count ->
        [one] { $count } yeni bölüm
       *[other] { $count } yeni bölüm
    } · yayın saati { $time }
notify-link-lost = 🔕 Trakt bağlantın artık çalışmıyor, bu yüzden bildirimler duraklatıldı. Bildirimleri yeniden almak için hesabını tekrar bağla.
## bağlandıktan sonra, bir kez
notify-offer = 🔔 Dizilerin yayınlandığında mesaj almak ister misin? Ya her bölüm için ayrı bir mesaj (izlendi olarak işaretlemek için ✅ ile) ya da her bölümün tek dokunuşla açıldığı günlük bir özet.
notify-offer-button = 🔔 Bildirimleri ayarla
## /due
notify-due-off = Bildirimler kapalı. /notify ile aç.
notify-due-empty = Önümüzdeki günlerde planlanmış bir şey yok.
notify-due-header = 🗓 <b>Planlanan</b> ({ $zone }) · { $count ->
        [one] { $count } bildirim
       *[other] { $count } bildirim
    }
