namespace BiasCompanion.Host.Stories.Text;

/// <summary>Function words of the languages the product meets most; they carry no story identity.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // English
        "a","an","the","and","or","but","if","of","to","in","on","at","by","for","with","from","as","is","are","was","were",
        "be","been","being","has","have","had","do","does","did","it","its","this","that","these","those","he","she","they",
        "we","you","i","his","her","their","our","your","him","them","us","me","my","not","no","so","than","then","there",
        "here","who","whom","which","what","when","where","why","how","all","any","some","more","most","other","such","into",
        "over","after","before","about","up","down","out","off","also","just","only","very","can","could","would","should",
        "will","may","might","must","said","says","say","new","one","two","s","t","mr","ms","mrs","per","via","while","amid",
        "against","under","between","during","through","again","still","now","according","told","tells","year","years",
        "week","day","days","time","first","last","like","news","people","get","got","make","made","many","much","even",
        // German
        "der","die","das","den","dem","des","ein","eine","einer","eines","einem","einen","und","oder","aber","ist","sind",
        "war","waren","wird","werden","wurde","wurden","hat","haben","hatte","nicht","mit","von","zu","zum","zur","auf","im",
        "für","fur","als","auch","es","sie","er","wir","ich","sich","bei","nach","aus","am","an","vor","noch","nur","wie",
        "so","dass","daß","um","über","uber","kann","mehr","schon","sein","seine","ihre","ihr","diese","dieser","dieses",
        // Spanish / French / Portuguese-ish
        "el","la","los","las","un","una","unos","unas","y","o","de","del","al","en","que","por","para","con","se","su","sus",
        "es","lo","como","más","mas","pero","le","les","et","du","des","est","une","pour","dans","sur","par","pas","qui",
        "au","aux","ce","cette","ont","été","ete","sont","avec","il","elle","ils","ne","je",
        // Polish / Turkish (most frequent)
        "i","w","z","na","się","sie","nie","do","że","ze","jest","to","o","jak","po","od","za","oraz",
        "ve","bir","bu","da","de","ile","için","icin","olarak","olan","daha","çok","cok","gibi","en","ki",
        // Arabic (most frequent)
        "في","من","على","إلى","الى","عن","أن","ان","مع","هذا","هذه","التي","الذي","كان","قد","ما","لا","و",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
