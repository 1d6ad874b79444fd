# Kişi kartı: /search kişileri de bulur; kartta kişinin en bilinen yapımları listelenir.
# Mesajlar Telegram HTML'idir; bilgi satırı ve düğme etiketleri düz metindir.

people-known-for = <b>En bilinen yapımları</b>
people-tap = <i>Yapımın ayrıntıları için bir numaraya dokun.</i>
people-no-credits = <i>Trakt'ta bu kişiye ait henüz film ya da dizi yok.</i>
people-credits-failed = <i>Trakt şu anda bu kişinin film ve dizilerini getiremedi. Birazdan yeniden dene.</i>
people-born = doğum: { $date }
people-died = ölüm: { $date }
people-as = { $role } rolünde
people-episodes = { $count ->
    [one] { $count } bölüm
   *[other] { $count } bölüm
}
people-department-acting = Oyunculuk
people-department-directing = Yönetmenlik
people-department-writing = Senaryo
people-department-production = Yapımcılık
people-department-sound = Ses
people-department-camera = Görüntü
people-department-editing = Kurgu
people-department-art = Sanat yönetimi
people-department-crew = Teknik ekip
people-department-costume = Kostüm ve makyaj
people-department-lighting = Işık
people-department-visual-effects = Görsel efektler
people-department-created-by = Yaratıcı

# A title's people, opened from its details card.
people-button = 👥 Oyuncular ve ekip
people-of-title = 👥 { $title } · oyuncular ve ekip
people-tap-person = <i>Kişinin kartı için bir numaraya dokun.</i>
people-nobody = <i>Trakt bunun için henüz oyuncu veya ekip listelemiyor.</i>
