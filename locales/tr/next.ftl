## /next
cmd-next = Sıradaki: izlediğin her dizinin sonraki bölümü
next-usage =
    İzlediğin her dizinin sonraki bölümünü, en son izlediğinden başlayarak gösteririm:
    <code>/next</code>
    Başka bir kelimeye gerek yok.
next-header =
    ▶️ <b>Sıradaki</b> · { $count ->
        [one] { $count } dizi devam ediyor
       *[other] { $count } dizi devam ediyor
    }
next-empty = Devam eden bir dizin yok. Bir dizinin ilk bölümünü izle, sonraki bölümü burada görünür; fikir için /trending'e göz at.
next-progress = { $number } / { $count }
next-aired = { $date } günü yayınlandı
next-aired-today = bugün yayınlandı
next-aired-yesterday = dün yayınlandı
next-legend = <i>✅ bu bölümü izledim · 🎞 bölüm · 📺 dizi · 🎬 check-in yap</i>
next-button-seen = ✅ { $number }
next-button-episode = 🎞 { $number }
next-button-show = 📺 { $number }
next-button-checkin = 🎬 { $number }
