<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>Start an empty model</source>
        <translation>Mulai model kosong</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Buka berkas model</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>Simpan model</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Simpan Seb&amp;agai…</translation>
    </message>
    <message>
        <source>Save the model under a new name</source>
        <translation>Simpan model dengan nama baru</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>&amp;Ekspor Gambar…</translation>
    </message>
    <message>
        <source>Save the plot as a PNG, SVG or PDF image for slides</source>
        <translation>Simpan grafik sebagai gambar PNG, SVG, atau PDF untuk salindia</translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation>Ekspor &amp;Diagram…</translation>
    </message>
    <message>
        <source>Save the diagram with the model&apos;s title as a PNG, SVG or PDF image for slides</source>
        <translation>Simpan diagram beserta judul model sebagai gambar PNG, SVG, atau PDF untuk salindia</translation>
    </message>
    <message>
        <source>&amp;Study Model…</source>
        <translation>Model &amp;Penelitian…</translation>
    </message>
    <message>
        <source>Read lavaan or semopy syntax, a coefficient table, a SmartPLS or FCM matrix, or GraphML; a preview shows what it holds before anything changes</source>
        <translation>Baca sintaks lavaan atau semopy, tabel koefisien, matriks SmartPLS atau FCM, atau GraphML; pratinjau menunjukkan isinya sebelum ada yang berubah</translation>
    </message>
    <message>
        <source>&amp;Estimate from Survey…</source>
        <translation>&amp;Estimasi dari Survei…</translation>
    </message>
    <message>
        <source>Estimate the path weights of a lavaan model from survey data (CSV of item answers)</source>
        <translation>Estimasi bobot jalur model lavaan dari data survei (CSV jawaban butir)</translation>
    </message>
    <message>
        <source>&amp;lavaan Syntax (Fixed Weights)…</source>
        <translation>Sintaks &amp;lavaan (Bobot Tetap)…</translation>
    </message>
    <message>
        <source>Write the model as lavaan syntax with the current weights as fixed values</source>
        <translation>Tulis model sebagai sintaks lavaan dengan bobot saat ini sebagai nilai tetap</translation>
    </message>
    <message>
        <source>lavaan Syntax (&amp;Free, Labelled)…</source>
        <translation>Sintaks lavaan (&amp;Bebas, Berlabel)…</translation>
    </message>
    <message>
        <source>Write the model as lavaan syntax with labelled free coefficients, to estimate</source>
        <translation>Tulis model sebagai sintaks lavaan dengan koefisien bebas berlabel, untuk diestimasi</translation>
    </message>
    <message>
        <source>&amp;Hypotheses Table…</source>
        <translation>Tabel &amp;Hipotesis…</translation>
    </message>
    <message>
        <source>H1…Hn as a Markdown, CSV or LaTeX table (by the file&apos;s suffix)</source>
        <translation>H1…Hn sebagai tabel Markdown, CSV, atau LaTeX (menurut akhiran berkas)</translation>
    </message>
    <message>
        <source>&amp;GraphML…</source>
        <translation>&amp;GraphML…</translation>
    </message>
    <message>
        <source>The diagram for yEd and Gephi</source>
        <translation>Diagram untuk yEd dan Gephi</translation>
    </message>
    <message>
        <source>FCM &amp;Matrix…</source>
        <translation>&amp;Matriks FCM…</translation>
    </message>
    <message>
        <source>The concept matrix (CSV, source rows)</source>
        <translation>Matriks konsep (CSV, baris sumber)</translation>
    </message>
    <message>
        <source>One-Page PDF &amp;Report…</source>
        <translation>&amp;Laporan PDF Satu Halaman…</translation>
    </message>
    <message>
        <source>The diagram, the plot, the table of levels, the scenario and the date on one page</source>
        <translation>Diagram, grafik, tabel tingkat, skenario, dan tanggal dalam satu halaman</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Close Synergy Explorer</source>
        <translation>Tutup Synergy Explorer</translation>
    </message>
    <message>
        <source>Add &amp;Construct</source>
        <translation>Tambah &amp;Konstruk</translation>
    </message>
    <message>
        <source>Add a construct in the middle of the diagram (or double-click empty canvas)</source>
        <translation>Tambahkan konstruk di tengah diagram (atau klik ganda area kosong)</translation>
    </message>
    <message>
        <source>C&amp;onnect Selected</source>
        <translation>&amp;Hubungkan yang Dipilih</translation>
    </message>
    <message>
        <source>Draw a path between the two selected constructs (or drag from a construct&apos;s edge)</source>
        <translation>Gambar jalur antara dua konstruk yang dipilih (atau seret dari tepi konstruk)</translation>
    </message>
    <message>
        <source>Add Synergy &amp;Junction</source>
        <translation>Tambah &amp;Simpul Sinergi</translation>
    </message>
    <message>
        <source>Select the members, then their target last, to add a co-active synergy term</source>
        <translation>Pilih anggota-anggotanya, lalu targetnya paling akhir, untuk menambah suku sinergi yang ko-aktif</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Ganti Nama…</translation>
    </message>
    <message>
        <source>Rename the selected construct</source>
        <translation>Ganti nama konstruk yang dipilih</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Pilih &amp;Semua</translation>
    </message>
    <message>
        <source>Select every construct, path and junction of the diagram</source>
        <translation>Pilih semua konstruk, jalur, dan simpul pada diagram</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Hapus item yang dipilih</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <source>Enlarge the diagram</source>
        <translation>Perbesar diagram</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <source>Shrink the diagram</source>
        <translation>Perkecil diagram</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Sesuaikan dengan Jendela</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>Tampilkan seluruh diagram</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>Tata Letak &amp;Otomatis</translation>
    </message>
    <message>
        <source>Arrange constructs in columns: stimuli, organism, responses</source>
        <translation>Susun konstruk dalam kolom: stimulus, organisme, respons</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Teks Lebih &amp;Besar</translation>
    </message>
    <message>
        <source>Enlarge the text of the diagram and the plots</source>
        <translation>Perbesar teks diagram dan grafik</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Teks Lebih &amp;Kecil</translation>
    </message>
    <message>
        <source>Shrink the text of the diagram and the plots</source>
        <translation>Perkecil teks diagram dan grafik</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Ukuran Teks &amp;Normal</translation>
    </message>
    <message>
        <source>Draw text at its normal size</source>
        <translation>Tampilkan teks dalam ukuran normal</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentasi</translation>
    </message>
    <message>
        <source>Full screen for a lecture hall: large type, the story step by step (Esc leaves)</source>
        <translation>Layar penuh untuk ruang kuliah: huruf besar, alur cerita langkah demi langkah (Esc untuk keluar)</translation>
    </message>
    <message>
        <source>&amp;Dark Palette</source>
        <translation>Palet &amp;Gelap</translation>
    </message>
    <message>
        <source>Switch between light and dark</source>
        <translation>Beralih antara terang dan gelap</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Putar</translation>
    </message>
    <message>
        <source>Play the time cursor: the diagram shows the levels week by week</source>
        <translation>Jalankan kursor waktu: diagram menampilkan tingkat minggu demi minggu</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Langkah</translation>
    </message>
    <message>
        <source>Move the time cursor one step</source>
        <translation>Majukan kursor waktu satu langkah</translation>
    </message>
    <message>
        <source>P&amp;redict, then Reveal</source>
        <translation>P&amp;rediksi, lalu Ungkap</translation>
    </message>
    <message>
        <source>Hide the plot&apos;s future, sketch how a construct will move, then reveal the model</source>
        <translation>Sembunyikan masa depan grafik, sketsakan bagaimana sebuah konstruk akan bergerak, lalu ungkap hasil model</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Ungkap</translation>
    </message>
    <message>
        <source>Play the model&apos;s run over the prediction and show the gap</source>
        <translation>Putar jalannya model di atas prediksi dan tampilkan selisihnya</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>Open the guide: legend, gestures, theory</source>
        <translation>Buka panduan: legenda, gerakan, teori</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>G&amp;losarium</translation>
    </message>
    <message>
        <source>The terms of social-media marketing and S-O-R</source>
        <translation>Istilah pemasaran media sosial dan S-O-R</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>Submenus the registry builds itself: ``&quot;@name&quot;`` in :data:`MENUS` -&gt; (title, entries).</extracomment>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>E&amp;xport As</source>
        <translation>E&amp;kspor Sebagai</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>The menus and their entries; ``&quot;-&quot;`` is a separator, ``&quot;@name&quot;`` a submenu of :data:`SUBMENUS` or a group the main window fills in (presets, recent files, dock toggles, the scenario chooser).</extracomment>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>S&amp;imulasi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panel</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The interface will be in {language} when Synergy Explorer next starts.</source>
        <translation>Antarmuka akan menggunakan {language} saat Synergy Explorer dibuka kembali.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Bahasa Sistem</translation>
    </message>
    <message>
        <source>Show the interface in this language</source>
        <translation>Tampilkan antarmuka dalam bahasa ini</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Double-click the canvas to add a construct · drag from a construct&apos;s rim to connect · drag a slider to see the weeks unfold</source>
        <translation>Klik ganda kanvas untuk menambah konstruk · seret dari tepi konstruk untuk menghubungkan · geser penggeser untuk melihat minggu demi minggu</translation>
    </message>
    <message>
        <source>Stimuli</source>
        <extracomment>The docks&apos; titles (their object names are &quot;&lt;key&gt;_dock&quot;).</extracomment>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Pendorong</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Mengapa?</translation>
    </message>
    <message>
        <source>Synergy</source>
        <translation>Sinergi</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Alur Cerita</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulasi</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivitas</translation>
    </message>
    <message>
        <source>Loading the plots…</source>
        <translation>Memuat grafik…</translation>
    </message>
    <message>
        <source>Restored the unsaved work on {name} from {when}.</source>
        <extracomment>the toolbar&apos;s width with text beside the icons; narrower windows get icons only (tooltips name them), so the scenario chooser never goes behind the » overflow</extracomment>
        <translation>Pekerjaan yang belum disimpan pada {name} dari {when} telah dipulihkan.</translation>
    </message>
    <message>
        <source>Select exactly two constructs to connect them.</source>
        <translation>Pilih tepat dua konstruk untuk menghubungkannya.</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>&amp;Ukuran Teks</translation>
    </message>
</context>
<context>
    <name>ScenarioChooser</name>
    <message>
        <source>As drawn (sliders)</source>
        <translation>Sesuai gambar (penggeser)</translation>
    </message>
    <message>
        <source>The scenario to simulate: stimulus schedules over time</source>
        <translation>Skenario yang disimulasikan: jadwal stimulus dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Sc&amp;enario</source>
        <translation>Sk&amp;enario</translation>
    </message>
</context>
</TS>
