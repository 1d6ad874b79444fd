language-group-current = Bu grupta <b>{ $language }</b> konuşuyorum: komutlara verdiğim yanıtlarda ve izleme partilerinde. Grup için başka bir dil seç:
language-group-current-auto = Bu grupta herkese kendi dilinde yanıt veriyorum. Tüm grup için bir dil seç:
language-group-auto = 🌐 Herkes kendi dilinde
language-group-admins-only = Grubun dilini yalnızca yöneticileri değiştirebilir. Kendi dilini değiştirmek için bana özel sohbette /language gönder.
language-group-saved-toast = Grup dili kaydedildi
